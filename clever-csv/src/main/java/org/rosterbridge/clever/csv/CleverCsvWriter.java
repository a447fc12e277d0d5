package org.rosterbridge.clever.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one Clever file: every field double-quoted, comma-delimited, UTF-8 without BOM, LF line ends,
 * a header row first. By default every column of the file in canonical order; {@link #columns} narrows or
 * reorders them and {@link #header} respells a header (an SIS export that must match its own spec).
 * Not thread-safe.
 */
public final class CleverCsvWriter implements Closeable {

    private final Path target;
    private final CleverFile file;
    private final Map<Column, String> spellings = new HashMap<>();
    private List<Column> columns;
    private CsvWriter csv;
    private long rows;

    CleverCsvWriter(Path target, CleverFile file) {
        this.target = target;
        this.file = file;
        this.columns = file.columns();
    }

    /** Writes only these columns, in this order. Call before the first row. */
    public CleverCsvWriter columns(List<? extends Column> chosen) {
        requireNotStarted();
        for (Column column : chosen) {
            if (column.file() != file) {
                throw new IllegalArgumentException(column + " is not a column of " + file.fileName());
            }
        }
        this.columns = List.copyOf(chosen);
        return this;
    }

    /** Spells {@code column}'s header as {@code spelling}. Call before the first row. */
    public CleverCsvWriter header(Column column, String spelling) {
        requireNotStarted();
        spellings.put(column, spelling);
        return this;
    }

    /** Appends {@code row}; writes the header first if this is the first row. */
    public CleverCsvWriter write(Row row) {
        if (row.file() != file) {
            throw new IllegalArgumentException("a " + row.file().fileName() + " row cannot go in " + file.fileName());
        }
        List<String> fields = new ArrayList<>(columns.size());
        for (Column column : columns) {
            fields.add(row.get(column));
        }
        started().writeRecord(fields);
        rows++;
        return this;
    }

    /** Rows written so far, the header not counted. */
    public long rows() {
        return rows;
    }

    /** Writes the header if no row was written (a header-only file), then closes the file. */
    @Override
    public void close() {
        try {
            started().close();
        } catch (IOException e) {
            throw new CleverCsvException("cannot close " + target, e);
        }
    }

    private CsvWriter started() {
        if (csv == null) {
            csv = open();
            List<String> header = new ArrayList<>(columns.size());
            for (Column column : columns) {
                header.add(spellings.getOrDefault(column, column.header()));
            }
            csv.writeRecord(header);
        }
        return csv;
    }

    private CsvWriter open() {
        try {
            return CsvWriter.builder()
                    .quoteStrategy(QuoteStrategies.ALWAYS)
                    .lineDelimiter(LineDelimiter.LF)
                    .build(target, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CleverCsvException("cannot write " + target, e);
        }
    }

    private void requireNotStarted() {
        if (csv != null) {
            throw new IllegalStateException("columns and headers are fixed once the first row is written");
        }
    }
}
