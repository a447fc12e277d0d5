package org.rosterbridge.sync;

/**
 * How many records of one type a run created, updated, archived, restored, left unchanged, and linked (gave
 * a Clever id to a record the app already had).
 */
public record Counts(long created, long updated, long archived, long restored, long unchanged, long linked) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(
                created + other.created,
                updated + other.updated,
                archived + other.archived,
                restored + other.restored,
                unchanged + other.unchanged,
                linked + other.linked);
    }

    /** Records the run writes to. */
    public long changed() {
        return created + updated + archived + restored + linked;
    }

    static Counts of(PlannedAction action) {
        if (action instanceof PlannedAction.Create) {
            return new Counts(1, 0, 0, 0, 0, 0);
        }
        if (action instanceof PlannedAction.Update) {
            return new Counts(0, 1, 0, 0, 0, 0);
        }
        if (action instanceof PlannedAction.Archive) {
            return new Counts(0, 0, 1, 0, 0, 0);
        }
        if (action instanceof PlannedAction.Restore) {
            return new Counts(0, 0, 0, 1, 0, 0);
        }
        if (action instanceof PlannedAction.Unchanged) {
            return new Counts(0, 0, 0, 0, 1, 0);
        }
        return new Counts(0, 0, 0, 0, 0, 1);
    }
}
