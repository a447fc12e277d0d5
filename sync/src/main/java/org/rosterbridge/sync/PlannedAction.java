package org.rosterbridge.sync;

import java.util.List;

/** What one run does to one record. Produced by the pure {@link Planner}; carried out by the {@link Applier}. */
sealed interface PlannedAction {

    Kind kind();

    String cleverId();

    /** The rows the action states, before and then after, whichever it has. */
    List<Row> rows();

    /** A Clever id never seen and matched to nothing: a new local record. */
    record Create(Row after) implements PlannedAction {
        @Override
        public Kind kind() {
            return after.kind();
        }

        @Override
        public String cleverId() {
            return after.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(after);
        }
    }

    /** A known record whose fields or links changed. */
    record Update(long localId, Row before, Row after) implements PlannedAction {
        @Override
        public Kind kind() {
            return after.kind();
        }

        @Override
        public String cleverId() {
            return after.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(before, after);
        }
    }

    /** A known record gone from Clever (deleted or unshared): marked archived, never deleted. */
    record Archive(long localId, Row before) implements PlannedAction {
        @Override
        public Kind kind() {
            return before.kind();
        }

        @Override
        public String cleverId() {
            return before.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(before);
        }
    }

    /** An archived record whose Clever id came back: the same local record, its history intact. */
    record Restore(long localId, Row before, Row after) implements PlannedAction {
        @Override
        public Kind kind() {
            return after.kind();
        }

        @Override
        public String cleverId() {
            return after.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(before, after);
        }
    }

    /** A known record that did not change. */
    record Unchanged(long localId, Row after) implements PlannedAction {
        @Override
        public Kind kind() {
            return after.kind();
        }

        @Override
        public String cleverId() {
            return after.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(after);
        }
    }

    /**
     * A new Clever id given to an existing local record: one the app had before Clever (matched by
     * {@code how}, a match key) or one keyed on the person's pre-v3 id ({@code how} = {@code legacy_id}).
     */
    record Link(long localId, Row before, Row after, String how) implements PlannedAction {
        @Override
        public Kind kind() {
            return after.kind();
        }

        @Override
        public String cleverId() {
            return after.cleverId();
        }

        @Override
        public List<Row> rows() {
            return List.of(before, after);
        }
    }
}
