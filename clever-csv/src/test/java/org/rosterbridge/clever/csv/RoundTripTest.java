package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** For rows holding canonical values, reading what the writer wrote gives the same rows back. */
class RoundTripTest {

    private static final long SEED = 20_260_701L;
    private static final int EXAMPLES = 100;
    private static final String TEXT_PIECES = "aZ9 ,\"\n\r\t;'é中\uD83D\uDE00-_/\\";

    @TempDir
    Path root;

    @Test
    void readingWhatWasWrittenGivesTheSameRows() throws IOException {
        Random random = new Random(SEED);
        for (int example = 0; example < EXAMPLES; example++) {
            Path dir = Files.createDirectory(root.resolve("example-" + example));
            Map<CleverFile, List<List<String>>> written = writeDistrict(dir, random);

            Map<CleverFile, List<List<String>>> read = new EnumMap<>(CleverFile.class);
            CleverCsv.read(
                    dir,
                    row -> read.computeIfAbsent(row.file(), file -> new ArrayList<>())
                            .add(row.values()));

            for (CleverFile file : CleverFile.values()) {
                assertThat(read.getOrDefault(file, List.of()))
                        .as("%s of example %d (seed %d)", file.fileName(), example, SEED)
                        .isEqualTo(written.get(file));
            }
        }
    }

    private static Map<CleverFile, List<List<String>>> writeDistrict(Path dir, Random random) {
        Map<CleverFile, List<List<String>>> written = new EnumMap<>(CleverFile.class);
        for (CleverFile file : CleverFile.values()) {
            List<Column> order = new ArrayList<>(file.columns());
            if (random.nextBoolean()) {
                Collections.shuffle(order, random);
            }
            List<List<String>> rows = new ArrayList<>();
            try (CleverCsvWriter writer =
                    CleverCsv.writer(dir.resolve(file.fileName()), file).columns(order)) {
                for (int i = random.nextInt(12); i > 0; i--) {
                    Row row = randomRow(file, random);
                    writer.write(row);
                    rows.add(row.values());
                }
            }
            written.put(file, rows);
        }
        return written;
    }

    private static Row randomRow(CleverFile file, Random random) {
        Row.Builder row = Row.builder(file);
        for (Column column : file.columns()) {
            if (column.required() || random.nextInt(3) > 0) {
                row.set(column, value(column.kind(), random));
            }
        }
        return row.build();
    }

    private static String value(ColumnKind kind, Random random) {
        return switch (kind) {
            case TEXT, EMAIL -> text(random);
            case ID -> "id" + random.nextInt(1000) + text(random).replace('\n', '_');
            case DATE ->
                String.format(
                        "%04d-%02d-%02d", 1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28));
            case GRADE -> pick(Vocabulary.GRADES, random);
            case GENDER -> pick(List.of("M", "F", "X"), random);
            case YES_NO -> pick(List.of("Y", "N"), random);
            case RACE -> pick(Vocabulary.RACES, random);
            case FRL -> pick(List.of("Free", "Reduced", "Paid", "Other"), random);
            case LANGUAGE -> pick(Languages.NAMES, random);
            case SUBJECT -> pick(Vocabulary.SUBJECTS, random);
            case PHONE_TYPE -> pick(List.of("Cell", "Home", "Work", "Other"), random);
            case RELATIONSHIP -> pick(Vocabulary.RELATIONSHIPS, random);
            case CONTACT_TYPE -> pick(Vocabulary.CONTACT_TYPES, random);
        };
    }

    /** Text the reader keeps as written: anything but white space at either end. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(TEXT_PIECES.length());
            if (Character.isHighSurrogate(TEXT_PIECES.charAt(at))) {
                text.append(TEXT_PIECES, at, at + 2);
            } else if (!Character.isLowSurrogate(TEXT_PIECES.charAt(at))) {
                text.append(TEXT_PIECES.charAt(at));
            }
        }
        String stripped = text.toString().strip();
        return stripped.isEmpty() ? "x" : stripped;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
