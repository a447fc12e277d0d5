package org.rosterbridge.generator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * The records a churn step dropped, kept whole so a later step can bring them back unchanged. Stored in
 * {@value DistrictGenerator#HELD_FILE}: a CSV whose first line is a header and whose every other record
 * is the file name, the number of steps the record has been away, then the row's values in canonical
 * column order (so records of different files have different lengths).
 */
final class HeldRecords {

    /** One held row; a record with several rows (a student with contacts) has several. */
    record Held(CleverFile file, int steps, Row row) {}

    private final List<Held> incoming;
    private final Set<String> incomingKeys = new HashSet<>();
    private final Set<String> present = new HashSet<>();
    private final Set<String> settled = new HashSet<>();
    private final List<Held> outgoing = new ArrayList<>();

    private HeldRecords(List<Held> incoming) {
        this.incoming = incoming;
        for (Held held : incoming) {
            incomingKeys.add(key(held.file(), Records.id(held.row())));
        }
    }

    static HeldRecords read(Path directory) {
        Path file = directory.resolve(DistrictGenerator.HELD_FILE);
        if (!Files.isRegularFile(file)) {
            return new HeldRecords(List.of());
        }
        List<Held> held = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            reader.stream().skip(1).map(HeldRecords::parse).forEach(held::add);
        } catch (IOException | RuntimeException e) {
            throw new GeneratorException("cannot read " + file, e);
        }
        return new HeldRecords(held);
    }

    private static Held parse(CsvRecord record) {
        CleverFile file = Records.file(record.getField(0));
        List<String> values = record.getFields().subList(2, record.getFieldCount());
        return new Held(file, Integer.parseInt(record.getField(1)), new Row(file, 0, values));
    }

    /** Every held row, including those this step will settle, for id numbering. */
    List<Held> all() {
        return incoming;
    }

    /** Notes that a held id is in the snapshot after all (someone restored it): it stays, and is no longer held. */
    void seen(CleverFile file, String id) {
        String key = key(file, id);
        if (incomingKeys.contains(key)) {
            present.add(key);
        }
    }

    /** The held rows of {@code file} that come back in this step, in the order they were held. */
    List<Row> returning(CleverFile file, ChurnDice dice) {
        List<Row> rows = new ArrayList<>();
        for (Held held : incoming) {
            String id = Records.id(held.row());
            String key = key(file, id);
            if (held.file() == file && !present.contains(key) && dice.reappears(file, id, held.steps())) {
                settled.add(key);
                rows.add(held.row());
            }
        }
        return rows;
    }

    /** Holds the row of a record this step drops. */
    void drop(Row row) {
        outgoing.add(new Held(row.file(), 0, row));
    }

    /** Writes what stays held: earlier rows one step older, then this step's drops. */
    void write(Path directory) {
        Path file = directory.resolve(DistrictGenerator.HELD_FILE);
        try (CsvWriter writer = CsvWriter.builder()
                .quoteStrategy(QuoteStrategies.ALWAYS)
                .lineDelimiter(LineDelimiter.LF)
                .build(file, StandardCharsets.UTF_8)) {
            writer.writeRecord("File", "Held_steps", "Values");
            for (Held held : incoming) {
                String key = key(held.file(), Records.id(held.row()));
                if (!present.contains(key) && !settled.contains(key)) {
                    write(writer, new Held(held.file(), held.steps() + 1, held.row()));
                }
            }
            for (Held held : outgoing) {
                write(writer, held);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(CsvWriter writer, Held held) {
        List<String> fields = new ArrayList<>(held.row().values().size() + 2);
        fields.add(held.file().fileName());
        fields.add(Integer.toString(held.steps()));
        fields.addAll(held.row().values());
        writer.writeRecord(fields);
    }

    private static String key(CleverFile file, String id) {
        return file.fileName() + '|' + id;
    }
}
