package org.rosterbridge.sync;

import java.util.List;

/** The outcome of looking for an existing local record for a new Clever id. */
sealed interface MatchResult {

    /** Exactly one candidate agreed on {@code key}. */
    record Linked(Stored record, String key) implements MatchResult {}

    /** Several candidates agreed on {@code key}: a person decides, never a guess. */
    record Ambiguous(List<Long> candidates, String key) implements MatchResult {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing matched. */
    record None() implements MatchResult {}
}
