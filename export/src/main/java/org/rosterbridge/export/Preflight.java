package org.rosterbridge.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rosterbridge.clever.csv.Problem;
import org.rosterbridge.clever.csv.Severity;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * Turns the Clever CSV validator's verdict on the staged files into export problems: every error stops
 * delivery; warnings, which can number one per row, are summed up per rule with their first location.
 */
final class Preflight {
    private Preflight() {}

    static void check(ValidationReport report, Problems problems) {
        Map<String, long[]> warningCounts = new LinkedHashMap<>();
        Map<String, Problem> firstWarning = new LinkedHashMap<>();
        long listedWarnings = 0;
        for (Problem problem : report.problems()) {
            if (problem.severity() == Severity.ERROR) {
                problems.error(where(problem), "preflight:" + problem.rule().id(), problem.message());
            } else {
                String key = problem.file() + " " + problem.rule().id();
                warningCounts.computeIfAbsent(key, k -> new long[1])[0]++;
                firstWarning.putIfAbsent(key, problem);
                listedWarnings++;
            }
        }
        if (!report.valid() && !problems.hasErrors()) {
            problems.error("export", "preflight", report.errors() + " validation errors");
        }
        warningCounts.forEach((key, count) -> {
            Problem first = firstWarning.get(key);
            problems.warning(
                    where(first), "preflight:" + first.rule().id(), count[0] + " like this: " + first.message());
        });
        if (report.warnings() > listedWarnings) {
            // The validator lists only its first problems; say so rather than pass the counts off as totals.
            problems.warning(
                    "export",
                    "preflight",
                    report.warnings() + " validator warnings in all; the counts above are of the first "
                            + ValidationReport.MAX_LISTED + " problems it lists");
        }
    }

    private static String where(Problem problem) {
        return problem.file() + ":" + problem.line() + ":" + problem.column();
    }
}
