package org.rosterbridge.hub.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

class RowSpillTest {
    private static final String[] TEXTS = {
        "", "S0000001", "Muñoz", "Nguyễn", "東京", "😀 emoji", "a\ud800b", "x".repeat(70_000), "O'Brien, \"Jr\""
    };

    @TempDir
    Path work;

    @Test
    void readsBackEveryRowAsWrittenWhateverItsCharacters() {
        Random random = new Random(7);
        List<Row> rows = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        try (RowSpill spill = new RowSpill(work, "students")) {
            for (int i = 0; i < 2_000; i++) {
                Row.Builder row = Row.builder(CleverFile.STUDENTS);
                for (StudentColumn column : StudentColumn.values()) {
                    row.set(column, TEXTS[random.nextInt(TEXTS.length)]);
                }
                rows.add(row.build());
                offsets.add(spill.write(rows.get(i)));
            }
            for (int i = rows.size() - 1; i >= 0; i -= 3) {
                assertThat(spill.read(offsets.get(i), CleverFile.STUDENTS).values())
                        .isEqualTo(values(rows.get(i)));
            }
        }
    }

    // A lone surrogate cannot be UTF-8: it comes back as the JDK's encoder writes it, a question mark.
    private static List<String> values(Row row) {
        return row.values().stream().map(v -> v.replace("\ud800", "?")).toList();
    }
}
