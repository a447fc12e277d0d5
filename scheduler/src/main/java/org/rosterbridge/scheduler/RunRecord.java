package org.rosterbridge.scheduler;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished run, from the history.
 *
 * @param id the run's number, unique in the database
 * @param node the name of the node that ran it
 */
public record RunRecord(
        long id, JobKey key, Trigger trigger, String node, Instant started, Instant finished, RunOutcome outcome) {
    public RunRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The outcome's summary or message. */
    public String summary() {
        return outcome.text();
    }
}
