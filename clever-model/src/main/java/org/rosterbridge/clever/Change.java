package org.rosterbridge.clever;

/** How one record differs between two rosters. */
public sealed interface Change<T extends CleverObject> {
    CleverId id();

    /** The record appeared. */
    record Created<T extends CleverObject>(T after) implements Change<T> {
        @Override
        public CleverId id() {
            return after.id();
        }
    }

    /** The record changed; both states are kept so callers can say what changed. */
    record Updated<T extends CleverObject>(T before, T after) implements Change<T> {
        @Override
        public CleverId id() {
            return after.id();
        }
    }

    /** The record disappeared; its last known state is kept. */
    record Deleted<T extends CleverObject>(T before) implements Change<T> {
        @Override
        public CleverId id() {
            return before.id();
        }
    }
}
