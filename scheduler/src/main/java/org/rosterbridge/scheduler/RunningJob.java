package org.rosterbridge.scheduler;

import java.time.Instant;
import java.util.Objects;

/**
 * A run in progress on some node, with the progress its handler last reported through {@link
 * RunContext#progress(long, long)} ({@code 0/0} until it reports).
 */
public record RunningJob(long runId, JobKey key, Trigger trigger, String node, Instant started, long done, long total) {
    public RunningJob {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(started, "started");
    }

    /** Progress from 0 to 100, or 0 while the total is unknown. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
