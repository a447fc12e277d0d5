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
        for (Problem problem : report.problems()) {
            String where = problem.file() + ":" + problem.line() + ":" + problem.column();
            if (problem.severity() == Severity.ERROR) {
                problems.error(where, "preflight:" + problem.rule().id(), problem.message());
            } else {
                warningCounts.computeIfAbsent(problem.rule().id(), id -> new long[1])[0]++;
                firstWarning.putIfAbsent(problem.rule().id(), problem);
            }
        }
        if (!report.valid() && !problems.hasErrors()) {
            problems.error("export", "preflight", report.errors() + " validation errors");
        }
        warningCounts.forEach((rule, count) -> {
            Problem first = firstWarning.get(rule);
            problems.warning(
                    first.file() + ":" + first.line() + ":" + first.column(),
                    "preflight:" + rule,
                    count[0] + " listed like this: " + first.message());
        });
    }
}
