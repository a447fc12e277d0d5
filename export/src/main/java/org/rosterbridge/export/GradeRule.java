package org.rosterbridge.export;

import java.util.Set;

/** {@code student-grade}: the SIS grade code as Clever reads it. */
final class GradeRule {
    static final Set<String> PREKINDERGARTEN =
            Set.of("PKF", "PKH", "PS2", "PKP", "PKA", "PA", "PP", "PS", "PK", "PSA", "PSP");
    static final Set<String> KINDERGARTEN =
            Set.of("KA", "KP", "K", "KH", "K3A", "K3F", "K3P", "K4A", "K4F", "K4P", "K5A", "K5F", "K5P");
    static final Set<String> POSTGRADUATE = Set.of("AAP");

    private GradeRule() {}

    static String display(String code) {
        if (PREKINDERGARTEN.contains(code)) {
            return "Prekindergarten";
        }
        if (KINDERGARTEN.contains(code)) {
            return "Kindergarten";
        }
        if (POSTGRADUATE.contains(code)) {
            return "Postgraduate";
        }
        return code;
    }
}
