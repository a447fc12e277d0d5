package org.rosterbridge.export;

/**
 * How one file changed since the last delivered export, counted by record key (students by
 * {@code Student_id}, teachers by {@code Teacher_id}, enrollments by section and student, ...).
 *
 * @param compared false when there was nothing to compare with (first export) or the old file could not be read
 * @param before records in the last delivered file
 * @param after records in the new file
 */
public record FileChurn(boolean compared, long before, long after, long added, long removed, long changed) {

    /** Clever holds an upload that deletes more than 10 % of a record type. */
    public static final double DELETE_HOLD = 0.10;
    /** Clever holds an upload that updates more than 75 % of a record type. */
    public static final double UPDATE_HOLD = 0.75;

    static FileChurn notCompared(long after) {
        return new FileChurn(false, 0, after, 0, 0, 0);
    }

    /** Whether Clever would hold this upload for review because of this file. */
    public boolean wouldHold() {
        return compared && before > 0 && (removed > DELETE_HOLD * before || changed > UPDATE_HOLD * before);
    }
}
