package org.rosterbridge.clever.csv;

import java.util.Arrays;
import java.util.List;

/**
 * One record of a Clever file: a value for every column of the file in canonical order, {@code ""} where
 * absent, never {@code null}. Values read from a file are normalised (see {@link ColumnKind}).
 *
 * @param file the file the row belongs to
 * @param line the line the record starts on in its file, from 1; 0 for a row that was built, not read
 * @param values one value per column of {@code file}, in canonical order
 */
public record Row(CleverFile file, long line, List<String> values) {

    public Row {
        values = List.copyOf(values);
        if (values.size() != file.columns().size()) {
            throw new IllegalArgumentException(
                    file.fileName() + " rows have " + file.columns().size() + " values, not " + values.size());
        }
    }

    /** The value of {@code column}, {@code ""} when absent. */
    public String get(Column column) {
        if (column.file() != file) {
            throw new IllegalArgumentException(column + " is not a column of " + file.fileName());
        }
        return values.get(column.ordinal());
    }

    /** Whether {@code column} holds a non-empty value. */
    public boolean has(Column column) {
        return !get(column).isEmpty();
    }

    /** A builder for a row of {@code file} with every value empty. */
    public static Builder builder(CleverFile file) {
        return new Builder(file);
    }

    /** This row's values in a new builder, for a copy that differs in a few columns. */
    public Builder toBuilder() {
        Builder builder = new Builder(file);
        builder.line = line;
        builder.values = values.toArray(String[]::new);
        return builder;
    }

    /** Builds rows column by column; not thread-safe. */
    public static final class Builder {
        private final CleverFile file;
        private long line;
        private String[] values;

        private Builder(CleverFile file) {
            this.file = file;
            this.values = new String[file.columns().size()];
            Arrays.fill(values, "");
        }

        public Builder set(Column column, String value) {
            if (column.file() != file) {
                throw new IllegalArgumentException(column + " is not a column of " + file.fileName());
            }
            values[column.ordinal()] = value;
            return this;
        }

        public Builder line(long line) {
            this.line = line;
            return this;
        }

        public Row build() {
            return new Row(file, line, Arrays.asList(values));
        }
    }
}
