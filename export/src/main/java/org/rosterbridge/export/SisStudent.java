package org.rosterbridge.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A student with everything the rules read about them: codes, guardians and the classes they take. */
record SisStudent(
        Student student, Map<StatusKind, List<DatedCode>> codes, List<Guardian> guardians, List<String> classIds) {
    SisStudent {
        EnumMap<StatusKind, List<DatedCode>> all = new EnumMap<>(StatusKind.class);
        for (StatusKind kind : StatusKind.values()) {
            all.put(kind, List.copyOf(codes.getOrDefault(kind, List.of())));
        }
        codes = all;
        guardians = List.copyOf(guardians);
        classIds = List.copyOf(classIds);
    }

    List<DatedCode> codes(StatusKind kind) {
        return codes.get(kind);
    }
}
