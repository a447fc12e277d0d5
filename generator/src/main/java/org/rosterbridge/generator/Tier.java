package org.rosterbridge.generator;

/**
 * The benchmark district sizes (docs: peers.md §5). About 17 students per teacher, 6 sections per
 * teacher, 8 enrolments and 1.5 contacts per student; the school counts anchor the interpolation
 * {@link GeneratorSettings#schools()} uses for any other size.
 */
public enum Tier {
    /** 5,000 students in about 10 schools. */
    S(5_000, 10),
    /** 50,000 students in about 70 schools, near the 100th largest US district. */
    M(50_000, 70),
    /** 350,000 students in about 500 schools, a Miami-Dade or Chicago. */
    L(350_000, 500),
    /** 1,100,000 students in about 1,600 schools, a New York City. */
    XL(1_100_000, 1_600);

    private final int students;
    private final int schools;

    Tier(int students, int schools) {
        this.students = students;
        this.schools = schools;
    }

    public int students() {
        return students;
    }

    public int schools() {
        return schools;
    }
}
