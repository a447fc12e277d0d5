package org.rosterbridge.clever.csv;

import java.util.List;
import java.util.Map;

/**
 * The outcome of reading an upload: every problem found, located, and a summary per file. An upload with
 * any error must be rejected whole.
 *
 * @param problems the problems in file order, then line order; at most {@link #MAX_LISTED} are listed
 * @param errors all errors found, including those not listed
 * @param warnings all warnings found, including those not listed
 * @param files one summary per {@link CleverFile}
 */
public record ValidationReport(List<Problem> problems, long errors, long warnings, Map<CleverFile, FileSummary> files) {

    /** How many problems a report lists; the counts go on beyond it, so memory does not grow with bad input. */
    public static final int MAX_LISTED = 10_000;

    public ValidationReport {
        problems = List.copyOf(problems);
        files = Map.copyOf(files);
    }

    /** True when the upload has no error (warnings allowed). */
    public boolean valid() {
        return errors == 0;
    }
}
