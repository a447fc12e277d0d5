package org.rosterbridge.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/** Counts a churn step's changes per file and kind, each record once however many rows it has. */
final class ChangeCounter {

    /** Contact rows live in students.csv but churn on their own; they are reported under this name. */
    static final String CONTACTS = "contacts";

    private static final List<String> ORDER = List.of(
            "schools.csv", "teachers.csv", "staff.csv", "students.csv", CONTACTS, "sections.csv", "enrollments.csv");

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Set<String> counted = new HashSet<>();

    ChangeCounter() {
        for (String file : ORDER) {
            counts.put(file, new long[ChangeKind.values().length]);
        }
    }

    void count(String file, ChangeKind kind) {
        counts.get(file)[kind.ordinal()]++;
    }

    /** Counts the record {@code id} unless already counted for this kind (its other school's row). */
    void countOnce(String file, ChangeKind kind, String id) {
        if (counted.add(file + '|' + kind + '|' + id)) {
            count(file, kind);
        }
    }

    List<GenerationSummary.Change> changes() {
        List<GenerationSummary.Change> changes = new ArrayList<>();
        counts.forEach((file, byKind) -> {
            for (ChangeKind kind : ChangeKind.values()) {
                if (byKind[kind.ordinal()] > 0) {
                    changes.add(new GenerationSummary.Change(file, kind, byKind[kind.ordinal()]));
                }
            }
        });
        return changes;
    }
}
