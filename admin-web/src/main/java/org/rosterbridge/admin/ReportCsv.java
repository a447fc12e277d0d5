package org.rosterbridge.admin;

import java.util.Locale;

/**
 * A run's report as CSV: one row per record type with its counts, then the reasons and warnings as rows of
 * their own kind. Texts are ids and counts only (sync writes no personal data into them); they are quoted
 * as RFC 4180 asks, and a leading {@code = + - @} is defused so a spreadsheet never runs it as a formula.
 */
final class ReportCsv {

    private ReportCsv() {}

    static String of(Runs.Run run) {
        StringBuilder csv = new StringBuilder(
                "run_id,status,mode,row,record_type,created,updated,archived,restored,unchanged,linked,text\r\n");
        String prefix = cell(run.runId()) + "," + cell(run.status()) + "," + cell(run.mode()) + ",";
        for (Runs.TypeCounts c : run.counts()) {
            csv.append(prefix)
                    .append(String.format(
                            Locale.ROOT,
                            "counts,%s,%d,%d,%d,%d,%d,%d,",
                            cell(c.type()),
                            c.created(),
                            c.updated(),
                            c.archived(),
                            c.restored(),
                            c.unchanged(),
                            c.linked()))
                    .append("\r\n");
        }
        run.reasons()
                .forEach(r -> csv.append(prefix)
                        .append("reason,,,,,,,,")
                        .append(cell(r))
                        .append("\r\n"));
        run.warnings()
                .forEach(w -> csv.append(prefix)
                        .append("warning,,,,,,,,")
                        .append(cell(w))
                        .append("\r\n"));
        return csv.toString();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
