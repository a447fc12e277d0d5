package org.rosterbridge.scheduler;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link JobHandler} into a db-scheduler task for its kind. When an execution fires it runs the
 * handler (unless the job was paused or removed meanwhile), then reads the job again to plan the next
 * run: so a schedule changed or paused during a run takes effect when it ends. Thread-safe.
 */
final class JobTasks {
    private static final Logger LOG = LoggerFactory.getLogger(JobTasks.class);
    /** Only reached when the run could not be recorded (database trouble); handler errors are runs. */
    private static final Duration RETRY_AFTER_ERROR = Duration.ofMinutes(5);

    private final JobStore jobs;
    private final Runner runner;
    private final InstantSource clock;

    JobTasks(JobStore jobs, Runner runner, InstantSource clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.clock = clock;
    }

    CustomTask<String> task(String kind, JobHandler handler) {
        return Tasks.custom(kind, String.class)
                .onFailure(this::retryLater)
                .execute((instance, context) -> execute(instance, handler));
    }

    private CompletionHandler<String> execute(TaskInstance<String> instance, JobHandler handler) {
        JobKey key = new JobKey(instance.getTaskName(), instance.getId());
        Trigger trigger = Executions.trigger(instance.getData());
        Optional<Job> job = jobs.find(key);
        if (job.isPresent() && (trigger == Trigger.MANUAL || job.get().runsOnSchedule())) {
            runner.run(key, trigger, handler);
        } else {
            LOG.info("Skipped a {} run of {}: the job is paused or gone", trigger, key);
        }
        return this::planNext;
    }

    private void planNext(ExecutionComplete complete, ExecutionOperations<String> operations) {
        JobKey key = new JobKey(
                complete.getExecution().getTaskName(), complete.getExecution().getId());
        Optional<Job> job = jobs.find(key).filter(Job::runsOnSchedule);
        if (job.isPresent()) {
            Schedule.Cron cron = (Schedule.Cron) job.get().schedule();
            operations.reschedule(complete, cron.nextAfter(clock.instant()), Trigger.SCHEDULED.name());
        } else {
            operations.remove();
        }
    }

    private void retryLater(ExecutionComplete complete, ExecutionOperations<String> operations) {
        LOG.warn(
                "Scheduler error for {}; retrying in {}",
                complete.getExecution().getId(),
                RETRY_AFTER_ERROR);
        operations.reschedule(complete, clock.instant().plus(RETRY_AFTER_ERROR));
    }
}
