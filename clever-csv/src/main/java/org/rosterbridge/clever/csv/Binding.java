package org.rosterbridge.clever.csv;

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
    private final Column[] requiredColumns;
    private final long requiredMask;
    private final Column[] normalisedColumns;
    private final int[] normalisedOrdinals;

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
        // Arrays of columns and of their ordinals, because the hot loops would otherwise call Column's
        // methods through an interface with six implementations, which the JIT cannot inline.
        this.requiredColumns = file.columns().stream()
                .filter(column -> column.required() && has(column))
                .toArray(Column[]::new);
        long mask = 0;
        for (Column column : requiredColumns) {
            mask |= 1L << column.ordinal();
        }
        this.requiredMask = mask;
        this.normalisedColumns = file.columns().stream()
                .filter(column -> has(column) && ValueNormaliser.normalises(column.kind()))
                .toArray(Column[]::new);
        this.normalisedOrdinals = ordinals(normalisedColumns);
    }

    private static int[] ordinals(Column[] columns) {
        int[] ordinals = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            ordinals[i] = columns[i].ordinal();
        }
        return ordinals;
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

    /** The required columns the file has; a required column it lacks is reported once, at the header. */
    Column[] requiredColumns() {
        return requiredColumns;
    }

    /** {@link #requiredColumns()} as a bit per canonical ordinal (no file has more than 64 columns). */
    long requiredMask() {
        return requiredMask;
    }

    /** The columns the file has whose values are checked and respelled (dates and Clever's lists). */
    Column[] normalisedColumns() {
        return normalisedColumns;
    }

    /** The ordinals of {@link #normalisedColumns()}, index for index. */
    int[] normalisedOrdinals() {
        return normalisedOrdinals;
    }
}
