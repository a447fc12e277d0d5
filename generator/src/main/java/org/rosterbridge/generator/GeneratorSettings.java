package org.rosterbridge.generator;

/**
 * What district to generate: its number of students and the seed every value is drawn from. Everything
 * else (schools, teachers, sections, enrolments, contacts, staff) follows from the student count in the
 * proportions of {@link Tier}.
 *
 * @param students the number of distinct students, at least {@link #MIN_STUDENTS}
 * @param seed the seed; the same settings always give byte-identical files
 */
public record GeneratorSettings(int students, long seed) {

    /** Below this a district cannot show its edge cases (co-teachers, several schools) at all. */
    public static final int MIN_STUDENTS = 50;

    /** Keeps ids within seven digits and a run within reach of a laptop. */
    public static final int MAX_STUDENTS = 5_000_000;

    public GeneratorSettings {
        if (students < MIN_STUDENTS || students > MAX_STUDENTS) {
            throw new IllegalArgumentException(
                    "students must be between " + MIN_STUDENTS + " and " + MAX_STUDENTS + ", not " + students);
        }
    }

    public static GeneratorSettings of(Tier tier, long seed) {
        return new GeneratorSettings(tier.students(), seed);
    }

    /**
     * The number of schools: linear between the tiers' anchors (and from none at zero students), beyond
     * XL at XL's rate; at least two so that people can span schools.
     */
    public int schools() {
        double previousStudents = 0;
        double previousSchools = 0;
        Tier[] tiers = Tier.values();
        for (Tier tier : tiers) {
            if (students <= tier.students()) {
                double share = (students - previousStudents) / (tier.students() - previousStudents);
                return atLeastTwo(previousSchools + share * (tier.schools() - previousSchools));
            }
            previousStudents = tier.students();
            previousSchools = tier.schools();
        }
        Tier last = tiers[tiers.length - 1];
        return atLeastTwo((double) students * last.schools() / last.students());
    }

    /** About 17 students per teacher. */
    public int teachers() {
        return Math.max(schools(), (int) Math.round(students / 17.0));
    }

    private static int atLeastTwo(double schools) {
        return Math.max(2, (int) Math.round(schools));
    }
}
