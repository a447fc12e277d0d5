package org.rosterbridge.hub.derive;

import java.util.Optional;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;

/**
 * A term is the triple (name, start, end) of a section row; Clever creates one only when at least one of
 * them is given, and a change in any of them is a different term.
 */
final class TermKey {
    private TermKey() {}

    static Optional<String> of(Row row) {
        String name = row.get(SectionColumn.TERM_NAME);
        String start = row.get(SectionColumn.TERM_START);
        String end = row.get(SectionColumn.TERM_END);
        if (name.isEmpty() && start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name + "\u0000" + start + "\u0000" + end);
    }

    static String[] parts(String key) {
        return key.split("\u0000", -1);
    }
}
