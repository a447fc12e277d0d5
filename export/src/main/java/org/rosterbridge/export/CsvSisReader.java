package org.rosterbridge.export;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Reads an extract directory: one UTF-8 CSV per table, header row first, columns in any order. */
final class CsvSisReader implements SisReader {
    private final Path directory;
    private final Problems problems;

    CsvSisReader(Path directory, Problems problems) {
        if (!Files.isDirectory(directory)) {
            throw new ExportException("the SIS extract " + directory + " is not a directory");
        }
        this.directory = directory;
        this.problems = problems;
    }

    @Override
    public TableCursor open(SisTable table) {
        Path file = directory.resolve(table.fileName());
        if (!Files.exists(file)) {
            if (table.required()) {
                throw new ExportException("the SIS extract has no " + table.fileName());
            }
            return TableCursor.empty();
        }
        try {
            TableCursor cursor = new Cursor(table, CsvReader.builder().ofCsvRecord(file));
            // The two largest tables are parsed ahead on a second thread.
            boolean large = table == SisTable.ENROLLMENTS || table == SisTable.GUARDIANS;
            return large ? new PrefetchCursor(cursor, table.tableName()) : cursor;
        } catch (IOException e) {
            throw new ExportException("cannot read " + file, e);
        }
    }

    @Override
    public void close() {}

    private final class Cursor implements TableCursor {
        private final SisTable table;
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private final int[] positions;
        private SisRow row;

        Cursor(SisTable table, CsvReader<CsvRecord> reader) {
            this.table = table;
            this.reader = reader;
            this.records = reader.iterator();
            this.positions = records.hasNext() ? positions(records.next().getFields()) : missingHeader();
        }

        private int[] positions(List<String> header) {
            List<String> columns = table.columns();
            int[] result = new int[columns.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = header.indexOf(columns.get(i));
                if (result[i] < 0) {
                    close();
                    throw new ExportException(table.fileName() + " has no column " + columns.get(i));
                }
            }
            return result;
        }

        private int[] missingHeader() {
            close();
            throw new ExportException(table.fileName() + " has no header row");
        }

        @Override
        public boolean advance() {
            try {
                if (!records.hasNext()) {
                    return false;
                }
                CsvRecord record = records.next();
                String[] values = new String[positions.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = positions[i] < record.getFieldCount()
                            ? record.getField(positions[i]).strip()
                            : "";
                }
                row = new SisRow(table, record.getStartingLineNumber(), values, problems);
                return true;
            } catch (CsvParseException | UncheckedIOException e) {
                throw new ExportException(table.fileName() + " cannot be parsed as CSV after line " + line(), e);
            }
        }

        private long line() {
            return row == null ? 1 : row.line();
        }

        @Override
        public SisRow row() {
            return row;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
