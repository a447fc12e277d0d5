package org.rosterbridge.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One record of an SIS table, its values in {@link SisTable#columns()} order. Typed reads report a bad
 * value to {@link Problems} (with file, line and column, never the value itself) and fall back to a
 * neutral value, so that one pass finds every problem.
 */
final class SisRow {
    private final SisTable table;
    private final long line;
    private final String[] values;
    private final Problems problems;

    SisRow(SisTable table, long line, String[] values, Problems problems) {
        this.table = table;
        this.line = line;
        this.values = values;
        this.problems = problems;
    }

    SisTable table() {
        return table;
    }

    long line() {
        return line;
    }

    String text(String column) {
        return values[table.column(column)];
    }

    boolean flag(String column) {
        String value = text(column);
        if (value.isEmpty() || value.equalsIgnoreCase("N")) {
            return false;
        }
        if (value.equalsIgnoreCase("Y")) {
            return true;
        }
        problems.error(where(column), "extract-value", column + " must be Y or N");
        return false;
    }

    int integer(String column, int absent) {
        String value = text(column);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.error(where(column), "extract-value", column + " must be a whole number");
            return absent;
        }
    }

    /** The date in {@code column}; {@code absent} when empty or unreadable (the latter is reported). */
    LocalDate date(String column, LocalDate absent) {
        String value = text(column);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.error(where(column), "extract-value", column + " must be a date YYYY-MM-DD");
            return absent;
        }
    }

    String where(String column) {
        return table.fileName() + ":" + line + ":" + column;
    }

    String where() {
        return table.fileName() + ":" + line;
    }
}
