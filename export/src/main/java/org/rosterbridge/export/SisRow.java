package org.rosterbridge.export;

import java.time.DateTimeException;
import java.time.LocalDate;

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

    /** The value at a position from {@link SisTable#column}: for loops that read one column of every row. */
    String text(int column) {
        return values[column];
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
            return isoDate(value);
        } catch (DateTimeException e) {
            problems.error(where(column), "extract-value", column + " must be a date YYYY-MM-DD");
            return absent;
        }
    }

    /**
     * {@code YYYY-MM-DD} read digit by digit: an XL extract has millions of dates, and the general parser
     * was a tenth of the export's time. Other shapes go to {@link LocalDate#parse}, which rejects them.
     */
    private static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The number the digits in {@code [from, to)} spell, or -1 when one is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    String where(String column) {
        return table.fileName() + ":" + line + ":" + column;
    }

    String where() {
        return table.fileName() + ":" + line;
    }
}
