package org.rosterbridge.clever.csv;

import java.util.Arrays;
import java.util.List;

/**
 * A student may have several rows in students.csv, one per contact, and those rows must agree on every
 * column but the {@code Contact_*} ones. Rather than keep each student's first row, this keeps two 64-bit
 * hashes of it (16 bytes a student): one over the student columns, one over the whole row.
 */
final class StudentRepeats {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final boolean[] CONTACT = contactColumns();

    private long[] studentHashes = new long[1024];
    private long[] rowHashes = new long[1024];
    private final LongSet repeatedRows = new LongSet();

    /**
     * Checks the row of student number {@code added} as returned by {@link IdIndex#add}: negative when the
     * student was seen before.
     */
    void check(int added, IdIndex students, RowContext row) {
        long studentHash = hash(row.values(), false);
        long rowHash = combine(studentHash, hash(row.values(), true));
        if (added >= 0) {
            remember(added, studentHash, rowHash);
            return;
        }
        int student = ~added;
        long first = students.line(student);
        // Only students with several rows pay for the set of row hashes.
        repeatedRows.add(rowHashes[student] ^ student);
        if (!repeatedRows.add(rowHash ^ student)) {
            row.report(
                    Rule.ID_DUPLICATE,
                    StudentColumn.STUDENT_ID,
                    "the same row appears again (first row at line " + first + ")");
        } else if (studentHash != studentHashes[student]) {
            row.report(
                    Rule.STUDENT_ROWS_CONFLICT,
                    StudentColumn.STUDENT_ID,
                    "this row and line " + first + " differ in columns other than Contact_*;"
                            + " a student's rows may differ only in contact columns");
        }
    }

    private void remember(int student, long studentHash, long rowHash) {
        if (student == studentHashes.length) {
            int grown = student + (student >> 1);
            studentHashes = Arrays.copyOf(studentHashes, grown);
            rowHashes = Arrays.copyOf(rowHashes, grown);
        }
        studentHashes[student] = studentHash;
        rowHashes[student] = rowHash;
    }

    /** A 64-bit hash of the contact columns ({@code contacts}) or of the others. */
    private static long hash(String[] values, boolean contacts) {
        long hash = 0;
        for (int column = 0; column < values.length; column++) {
            if (CONTACT[column] == contacts) {
                hash = combine(hash, hash(values[column]));
            }
        }
        return hash;
    }

    private static long hash(String value) {
        long hash = value.length();
        for (int i = 0; i < value.length(); i++) {
            hash = (hash ^ value.charAt(i)) * 0x100000001B3L;
        }
        return hash;
    }

    private static long combine(long hash, long next) {
        return (Long.rotateLeft(hash, 23) ^ next) * MULTIPLIER;
    }

    private static boolean[] contactColumns() {
        List<Column> columns = CleverFile.STUDENTS.columns();
        boolean[] contact = new boolean[columns.size()];
        for (Column column : columns) {
            contact[column.ordinal()] = column.header().startsWith("Contact_");
        }
        return contact;
    }
}
