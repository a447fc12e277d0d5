package org.rosterbridge.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Writers for every table of an SIS extract, each file opened with its header row. */
final class ExtractTables implements AutoCloseable {
    private final Map<SisTable, CsvWriter> writers = new EnumMap<>(SisTable.class);
    private final Map<SisTable, Long> rows = new EnumMap<>(SisTable.class);

    ExtractTables(Path directory) {
        try {
            Files.createDirectories(directory);
            for (SisTable table : SisTable.values()) {
                CsvWriter writer = CsvWriter.builder()
                        .lineDelimiter(LineDelimiter.LF)
                        .build(directory.resolve(table.fileName()), StandardCharsets.UTF_8);
                writer.writeRecord(table.columns());
                writers.put(table, writer);
                rows.put(table, 0L);
            }
        } catch (IOException e) {
            close();
            throw new ExportException("cannot write the extract into " + directory, e);
        }
    }

    void row(SisTable table, String... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table.tableName() + " takes " + table.columns().size() + " values");
        }
        writers.get(table).writeRecord(values);
        rows.merge(table, 1L, Long::sum);
    }

    /** Data rows written per file name. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach((table, count) -> counts.put(table.fileName(), count));
        return counts;
    }

    @Override
    public void close() {
        for (CsvWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
