package org.rosterbridge.generator;

/** The kinds of school a district has, with the grades each teaches and its relative size. */
enum Level {
    ELEMENTARY("Elementary School", Grades.KINDERGARTEN, 5, 1.0),
    MIDDLE("Middle School", 6, 8, 1.3),
    HIGH("High School", 9, Grades.TWELFTH, 2.0),
    K8("Academy", Grades.KINDERGARTEN, 8, 1.2);

    /** The mix of levels, repeated over the schools in order: half elementary, a K-8 in ten. */
    private static final Level[] PATTERN = {
        ELEMENTARY, MIDDLE, HIGH, ELEMENTARY, ELEMENTARY, K8, ELEMENTARY, MIDDLE, HIGH, ELEMENTARY
    };

    private final String suffix;
    private final int low;
    private final int high;
    private final double weight;

    Level(String suffix, int low, int high, double weight) {
        this.suffix = suffix;
        this.low = low;
        this.high = high;
        this.weight = weight;
    }

    static Level ofSchool(int school) {
        return PATTERN[school % PATTERN.length];
    }

    String suffix() {
        return suffix;
    }

    int low() {
        return low;
    }

    int high() {
        return high;
    }

    double weight() {
        return weight;
    }

    boolean secondary() {
        return low >= 6;
    }
}
