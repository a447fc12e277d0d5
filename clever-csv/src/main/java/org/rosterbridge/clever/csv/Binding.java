package org.rosterbridge.clever.csv;

import java.util.Arrays;

/**
 * How the columns of one uploaded file map onto its canonical columns: for each position in the file the
 * canonical column it fills (or that it is ignored), and for each canonical column where it was found.
 */
final class Binding {

    /** A position whose values are dropped: unknown or repeated header. */
    static final int IGNORED = -1;
    /** A {@code Teacher_N_id} position with N above 10 in sections.csv. */
    static final int EXTRA_TEACHER = -2;

    private final CleverFile file;
    private final int[] targets;
    private final int[] positions;

    /**
     * @param targets for each file position, the canonical ordinal it fills, or IGNORED / EXTRA_TEACHER
     */
    Binding(CleverFile file, int[] targets) {
        this.file = file;
        this.targets = targets.clone();
        this.positions = new int[file.columns().size()];
        for (int at = 0; at < targets.length; at++) {
            if (targets[at] >= 0) {
                positions[targets[at]] = at + 1;
            }
        }
    }

    CleverFile file() {
        return file;
    }

    /** How many fields the header has. */
    int width() {
        return targets.length;
    }

    /** The canonical ordinal filled by the field at {@code position} (from 0), or IGNORED / EXTRA_TEACHER. */
    int target(int position) {
        return targets[position];
    }

    /** Where {@code column} is in the file, from 1; 0 when the file lacks it. */
    int position(Column column) {
        return positions[column.ordinal()];
    }

    boolean has(Column column) {
        return positions[column.ordinal()] > 0;
    }

    boolean hasExtraTeachers() {
        return Arrays.stream(targets).anyMatch(target -> target == EXTRA_TEACHER);
    }
}
