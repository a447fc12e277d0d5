package org.rosterbridge.clever.api;

/**
 * The outcome of decoding one record: the value, or why it could not be read. A failure names the record's
 * id (when it could be read) and the JSON path of the problem, never a personal value.
 */
public sealed interface Decoded<T> {

    /** The record read; {@code stamps} is {@link Stamps#UNKNOWN} where the JSON carries no times. */
    record Ok<T>(T value, Stamps stamps) implements Decoded<T> {}

    /**
     * @param id the record's id, or {@code ""} when even that was unreadable
     * @param path a JSON pointer into the record, e.g. {@code /roles/student/school}
     * @param problem what was wrong, without the value
     */
    record Failed<T>(String id, String path, String problem) implements Decoded<T> {
        @Override
        public String toString() {
            return "record " + (id.isEmpty() ? "(unknown id)" : id) + " at " + path + ": " + problem;
        }
    }
}
