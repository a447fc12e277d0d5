package org.rosterbridge.clever.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems as a district is read: lists the first {@link ValidationReport#MAX_LISTED} and counts
 * every one, per file, so a file with a million bad rows costs no more memory than one with ten thousand.
 */
final class Problems {

    private final List<Problem> listed = new ArrayList<>();
    private final Map<CleverFile, long[]> counts = new EnumMap<>(CleverFile.class);
    private int fileStart;

    void add(CleverFile file, long line, int column, Rule rule, String message) {
        long[] count = counts.computeIfAbsent(file, f -> new long[2]);
        count[rule.severity().ordinal()]++;
        if (listed.size() < ValidationReport.MAX_LISTED) {
            listed.add(new Problem(file.fileName(), line, column, rule, message));
        }
    }

    /**
     * Closes a file's problems: whole-file findings (line 0) and header findings go before the rows',
     * rows stay in line order.
     */
    void endFile() {
        listed.subList(fileStart, listed.size()).sort(Comparator.comparingLong(Problem::line));
        fileStart = listed.size();
    }

    long errors(CleverFile file) {
        return count(file, Severity.ERROR);
    }

    long warnings(CleverFile file) {
        return count(file, Severity.WARNING);
    }

    private long count(CleverFile file, Severity severity) {
        long[] count = counts.get(file);
        return count == null ? 0 : count[severity.ordinal()];
    }

    List<Problem> listed() {
        return listed;
    }
}
