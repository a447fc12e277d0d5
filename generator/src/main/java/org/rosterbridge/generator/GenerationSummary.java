package org.rosterbridge.generator;

import java.util.List;

/**
 * What a generation or churn step wrote.
 *
 * @param files one entry per file written, in {@link org.rosterbridge.clever.csv.CleverFile} order
 * @param changes what a churn step changed, per file and kind; empty for a fresh district
 */
public record GenerationSummary(List<Written> files, List<Change> changes) {

    public GenerationSummary {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
    }

    /** The rows of {@code fileName} written, the header not counted; 0 if the file was not written. */
    public long rows(String fileName) {
        return files.stream()
                .filter(written -> written.fileName().equals(fileName))
                .mapToLong(Written::rows)
                .sum();
    }

    /** How many records of {@code fileName} a churn step changed in this way. */
    public long changed(String fileName, ChangeKind kind) {
        return changes.stream()
                .filter(change -> change.fileName().equals(fileName) && change.kind() == kind)
                .mapToLong(Change::count)
                .sum();
    }

    /**
     * One file written.
     *
     * @param fileName e.g. {@code students.csv}
     * @param rows data rows, the header not counted
     * @param bytes the file's size
     */
    public record Written(String fileName, long rows, long bytes) {}

    /**
     * One kind of change to one file, counted in records (a student with three contact rows is one).
     *
     * @param fileName e.g. {@code students.csv}
     * @param kind what happened
     * @param count how many records
     */
    public record Change(String fileName, ChangeKind kind, long count) {}

    /** What a churn step can do to a record. */
    public enum ChangeKind {
        /** A new record with a new id. */
        ADDED,
        /** Removed from the snapshot and held back, to come back in a later step. */
        DROPPED,
        /** A record dropped by an earlier step is back, with its old id and values. */
        REAPPEARED,
        /** Values changed in place (names, grade, e-mail, period, teachers, contact phone, ...). */
        EDITED,
        /** A student changed school, or an enrolment changed section. */
        MOVED
    }
}
