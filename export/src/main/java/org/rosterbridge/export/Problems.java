package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what an export run finds: errors stop delivery, warnings are reported. Only the first
 * {@link #MAX_LISTED} of each are kept, the counts go on, so that a broken extract cannot fill the heap.
 */
final class Problems {
    static final int MAX_LISTED = 1_000;

    private final List<ExportProblem> errors = new ArrayList<>();
    private final List<ExportProblem> warnings = new ArrayList<>();
    private long errorCount;
    private long warningCount;

    void error(String location, String rule, String message) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new ExportProblem(location, rule, message));
        }
    }

    void warning(String location, String rule, String message) {
        warningCount++;
        if (warnings.size() < MAX_LISTED) {
            warnings.add(new ExportProblem(location, rule, message));
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    long errorCount() {
        return errorCount;
    }

    long warningCount() {
        return warningCount;
    }

    List<ExportProblem> errors() {
        return List.copyOf(errors);
    }

    List<ExportProblem> warnings() {
        return List.copyOf(warnings);
    }
}
