package org.rosterbridge.generator;

import java.util.OptionalInt;

/**
 * Grades as small integers ({@code -1} pre-kindergarten, {@code 0} kindergarten, {@code 1}–{@code 12}) and
 * their spellings in Clever's grade list.
 */
final class Grades {

    static final int PRE_K = -1;
    static final int KINDERGARTEN = 0;
    static final int TWELFTH = 12;

    /** The school year every generated district lives in; fixed so that no clock leaks into the output. */
    static final int GRADUATING_YEAR = 2026;

    private Grades() {}

    static String spelling(int grade) {
        return switch (grade) {
            case PRE_K -> "PreKindergarten";
            case KINDERGARTEN -> "Kindergarten";
            default -> Integer.toString(grade);
        };
    }

    /** The grade a Clever spelling names, empty for grades outside pre-K to 12 and for anything else. */
    static OptionalInt parse(String spelling) {
        switch (spelling) {
            case "PreKindergarten":
                return OptionalInt.of(PRE_K);
            case "Kindergarten":
                return OptionalInt.of(KINDERGARTEN);
            default:
                return number(spelling);
        }
    }

    private static OptionalInt number(String spelling) {
        if (spelling.isEmpty() || spelling.length() > 2 || !spelling.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int grade = Integer.parseInt(spelling);
        return grade >= 1 && grade <= TWELFTH ? OptionalInt.of(grade) : OptionalInt.empty();
    }

    /** The year a student in {@code grade} this school year graduates from grade 12. */
    static int graduationYear(int grade) {
        return GRADUATING_YEAR + TWELFTH - grade;
    }
}
