package org.rosterbridge.scheduler;

/**
 * The work of one kind of job. Called on a scheduler thread, once per run, never concurrently for one
 * key. Return how the run ended; an exception is recorded as a {@link RunOutcome.Failed} run and the job
 * stays scheduled.
 */
@FunctionalInterface
public interface JobHandler {
    RunOutcome run(JobKey key, RunContext context);
}
