package org.rosterbridge.scheduler;

import java.util.concurrent.TimeUnit;

/**
 * The {@link RunContext} of one run. Writes progress to the run's row so that every node (and the
 * admin UI) sees it, but only when the percentage moves or a second has passed, so a handler may report
 * per row. Thread-safe: a handler may report from worker threads.
 */
final class Progress implements RunContext {
    private static final long MIN_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RunStore runs;
    private final long runId;
    private boolean written;
    private long lastPercent;
    private long lastWriteNanos;

    Progress(RunStore runs, long runId) {
        this.runs = runs;
        this.runId = runId;
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (done < 0 || total < 0) {
            throw new SchedulerException(
                    "Progress must not be negative, got " + done + "/" + total + " (run: " + runId + ")");
        }
        long percent = total == 0 ? -1 : done * 100 / total;
        long now = System.nanoTime();
        if (!written || percent != lastPercent || done == total || now - lastWriteNanos >= MIN_GAP_NANOS) {
            runs.progress(runId, done, total);
            written = true;
            lastPercent = percent;
            lastWriteNanos = now;
        }
    }
}
