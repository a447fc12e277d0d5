package org.rosterbridge.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The changes-per-run chart as inline SVG, drawn on the server: one bar per run (oldest on the left), its
 * height the records created, updated, archived, restored or linked, its colour the run's status. Only
 * numbers, dates and statuses go into the markup, so it needs no escaping beyond what they are.
 */
final class Chart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 180;
    private static final int PAD = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

    private Chart() {}

    /** {@code runs} newest first, as the history lists them. */
    static String svg(List<Runs.Run> runs) {
        List<Runs.Run> oldestFirst = new java.util.ArrayList<>(runs);
        java.util.Collections.reverse(oldestFirst);
        long max = Math.max(
                1, oldestFirst.stream().mapToLong(Runs.Run::changes).max().orElse(1));
        double slot = (WIDTH - 2.0 * PAD) / Math.max(1, oldestFirst.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"changes per run\">",
                WIDTH,
                HEIGHT));
        axis(svg, max);
        for (int i = 0; i < oldestFirst.size(); i++) {
            bar(svg, oldestFirst.get(i), PAD + i * slot, slot, max);
        }
        labels(svg, oldestFirst);
        return svg.append("</svg>").toString();
    }

    private static void axis(StringBuilder svg, long max) {
        int base = HEIGHT - PAD;
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#9aa5b1\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#616e7c\">%d</text>",
                PAD,
                base,
                WIDTH - PAD,
                base,
                2,
                PAD - 4,
                max));
    }

    private static void bar(StringBuilder svg, Runs.Run run, double x, double slot, long max) {
        double height = (HEIGHT - 2.0 * PAD) * run.changes() / max;
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                        + "<title>%s: %d changes (%s)</title></rect>",
                x + slot * 0.15,
                HEIGHT - PAD - height,
                slot * 0.7,
                Math.max(height, 1),
                colour(run.status()),
                DAY.format(run.startedAt().atOffset(ZoneOffset.UTC)),
                run.changes(),
                run.status().replaceAll("[^a-z-]", "")));
    }

    private static void labels(StringBuilder svg, List<Runs.Run> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return;
        }
        String first = DAY.format(oldestFirst.get(0).startedAt().atOffset(ZoneOffset.UTC));
        String last =
                DAY.format(oldestFirst.get(oldestFirst.size() - 1).startedAt().atOffset(ZoneOffset.UTC));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#616e7c\">%s</text>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#616e7c\" text-anchor=\"end\">%s</text>",
                PAD,
                HEIGHT - 8,
                first,
                WIDTH - PAD,
                HEIGHT - 8,
                last));
    }

    private static String colour(String status) {
        return switch (status) {
            case "applied" -> "#1e7b4a";
            case "held" -> "#a86b00";
            case "failed" -> "#b42318";
            default -> "#9aa5b1";
        };
    }
}
