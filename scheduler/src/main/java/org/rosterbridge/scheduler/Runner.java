package org.rosterbridge.scheduler;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler once and records the run: opened before, closed after, whatever the handler does.
 * Thread-safe.
 */
final class Runner {
    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

    private final RunStore runs;
    private final InstantSource clock;
    private final String node;
    // Manual mode runs jobs on the caller's thread, so the runs of one runDueNow() call are this thread's.
    private final ThreadLocal<List<RunRecord>> collector = new ThreadLocal<>();

    Runner(RunStore runs, InstantSource clock, String node) {
        this.runs = runs;
        this.clock = clock;
        this.node = node;
    }

    RunRecord run(JobKey key, Trigger trigger, JobHandler handler) {
        RunStore.OpenRun open = runs.start(key, trigger, node, clock.instant());
        LOG.info("Run {} of {} started on {} ({})", open.id(), key, node, trigger);
        RunOutcome outcome = outcome(key, handler, new Progress(runs, open.id()));
        RunRecord record = runs.finish(open, outcome, clock.instant());
        // Summaries carry ids and counts only (RunOutcome's contract), so they may be logged.
        LOG.info(
                "Run {} of {} ended: {}: {}", open.id(), key, outcome.getClass().getSimpleName(), outcome.text());
        List<RunRecord> collected = collector.get();
        if (collected != null) {
            collected.add(record);
        }
        return record;
    }

    /** Calls {@code work} and returns the runs it made on this thread. */
    List<RunRecord> collect(Runnable work) {
        List<RunRecord> collected = new ArrayList<>();
        collector.set(collected);
        try {
            work.run();
        } finally {
            collector.remove();
        }
        return List.copyOf(collected);
    }

    private static RunOutcome outcome(JobKey key, JobHandler handler, RunContext context) {
        try {
            RunOutcome outcome = handler.run(key, context);
            return outcome != null ? outcome : RunOutcome.failed("The handler returned no outcome");
        } catch (Exception | AssertionError | LinkageError e) {
            // Errors a handler can cause (a failed assert, a missing class) too; not the JVM's own.
            // A failed run, not a failed scheduler: the job stays scheduled and the next run is planned.
            LOG.warn("Run of {} threw {}", key, e.getClass().getName(), e);
            return RunOutcome.failed(describe(e));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "The handler threw " + e.getClass().getName() + message;
    }
}
