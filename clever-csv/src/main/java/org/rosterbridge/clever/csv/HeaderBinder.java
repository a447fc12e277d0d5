package org.rosterbridge.clever.csv;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a header row into a {@link Binding}: any column order, optional columns absent, headers that
 * differ from Clever's only in letter case or surrounding spaces (warned), unknown columns (warned and
 * ignored), repeated columns (an error; the first one wins).
 */
final class HeaderBinder {

    private static final Map<CleverFile, Map<String, Column>> BY_FOLDED_HEADER = foldedHeaders();

    private final CleverFile file;
    private final long line;
    private final Problems problems;

    private HeaderBinder(CleverFile file, long line, Problems problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    static Binding bind(CleverFile file, List<String> header, long line, Problems problems) {
        return new HeaderBinder(file, line, problems).bind(header);
    }

    private Binding bind(List<String> header) {
        int[] targets = new int[header.size()];
        boolean[] bound = new boolean[file.columns().size()];
        for (int at = 0; at < targets.length; at++) {
            targets[at] = target(header.get(at), at + 1, bound);
        }
        reportMissing(bound);
        return new Binding(file, targets);
    }

    private int target(String written, int position, boolean[] bound) {
        String name = written.strip();
        Column column = BY_FOLDED_HEADER.get(file).get(name.toLowerCase(Locale.ROOT));
        if (column == null) {
            return unknown(name, position);
        }
        if (bound[column.ordinal()]) {
            report(position, Rule.HEADER_DUPLICATE_COLUMN, "column " + column.header() + " appears again; ignored");
            return Binding.IGNORED;
        }
        if (!written.equals(column.header())) {
            report(position, Rule.HEADER_CASE, "header \"" + written + "\" read as " + column.header());
        }
        bound[column.ordinal()] = true;
        return column.ordinal();
    }

    private int unknown(String name, int position) {
        if (file == CleverFile.SECTIONS && teacherNumber(name) > 10) {
            return Binding.EXTRA_TEACHER;
        }
        String what = name.isEmpty() ? "a column without a header" : "\"" + name + "\"";
        report(position, Rule.HEADER_UNKNOWN_COLUMN, what + " is not a " + file.fileName() + " column; ignored");
        return Binding.IGNORED;
    }

    private void reportMissing(boolean[] bound) {
        for (Column column : file.columns()) {
            if (!column.required() || bound[column.ordinal()]) {
                continue;
            }
            if (column == SchoolColumn.SCHOOL_NUMBER) {
                report(0, Rule.HEADER_SCHOOL_NUMBER_MISSING, "no School_number column (an older schools.csv)");
            } else {
                report(0, Rule.HEADER_MISSING_COLUMN, "required column " + column.header() + " is missing");
            }
        }
    }

    private void report(int position, Rule rule, String message) {
        problems.add(file, line, position, rule, message);
    }

    /** N for a header spelled {@code Teacher_N_id} in any case, else 0. */
    static int teacherNumber(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        if (!folded.startsWith("teacher_") || !folded.endsWith("_id") || folded.length() <= 11) {
            return 0;
        }
        int number = 0;
        for (int i = 8; i < folded.length() - 3; i++) {
            char c = folded.charAt(i);
            if (c < '0' || c > '9' || number > 100_000) {
                return 0;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static Map<CleverFile, Map<String, Column>> foldedHeaders() {
        Map<CleverFile, Map<String, Column>> all = new EnumMap<>(CleverFile.class);
        for (CleverFile file : CleverFile.values()) {
            Map<String, Column> byHeader = new HashMap<>();
            for (Column column : file.columns()) {
                byHeader.put(column.header().toLowerCase(Locale.ROOT), column);
            }
            all.put(file, Map.copyOf(byHeader));
        }
        return Map.copyOf(all);
    }
}
