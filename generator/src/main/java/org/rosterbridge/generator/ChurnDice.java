package org.rosterbridge.generator;

import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;

/**
 * Every decision of a churn step, as a pure function of (seed, what, id): a record's fate never depends
 * on the order rows arrive in, and the same step always decides the same. Of each record type about a
 * third of the percentage is dropped, a third edited and, by cloning, a third added; a tenth of the
 * percentage of students change school and a third of it of enrolments change section.
 */
final class ChurnDice {

    /** Held records come back with even odds each step, and all of them by their third step away. */
    static final int MAX_HELD_STEPS = 2;

    private final long seed;
    private final double third;
    private final double tenth;

    ChurnDice(long seed, int percent) {
        this.seed = seed;
        this.third = percent / 300.0;
        this.tenth = percent / 1000.0;
    }

    boolean drops(CleverFile file, String id) {
        return fate(file, id) < third;
    }

    /** Exclusive with {@link #drops}: the same draw decides both. */
    boolean edits(CleverFile file, String id) {
        double fate = fate(file, id);
        return fate >= third && fate < 2 * third;
    }

    /** Whether the record keyed {@code key} is cloned into a new record. */
    boolean adds(CleverFile file, String key) {
        return Mix.unit(seed, Stream.CHURN_ADD, file.fileName() + '|' + key) < third;
    }

    boolean movesSchool(String studentId) {
        return Mix.unit(seed, Stream.CHURN_MOVE, studentId) < tenth;
    }

    boolean movesSection(String studentId, String sectionId) {
        return Mix.unit(seed, Stream.CHURN_SECTION_MOVE, studentId + '|' + sectionId) < third;
    }

    /** Contact-level churn: {@code what} names the decision, {@code key} the contact or the link. */
    boolean contact(String what, String key) {
        return Mix.unit(seed, Stream.CHURN_CONTACT, what + '|' + key) < third;
    }

    boolean reappears(CleverFile file, String id, int steps) {
        return steps >= MAX_HELD_STEPS
                || Mix.unit(seed, Stream.CHURN_REAPPEAR, file.fileName() + '|' + id + '|' + steps) < 0.5;
    }

    /** The values of one change, e.g. a new last name, drawn for {@code key}. */
    SplittableRandom random(String key) {
        return Mix.random(seed, Stream.CHURN_VALUE, key);
    }

    private double fate(CleverFile file, String id) {
        return Mix.unit(seed, Stream.CHURN_DROP, file.fileName() + '|' + id);
    }
}
