package org.rosterbridge.scheduler;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * When jobs run. Each job ({@link JobKey}: a kind such as {@code sync} and an instance such as a district
 * id) has a {@link Schedule} and an enabled flag in {@code job_schedule}, and at most one pending or
 * running execution in db-scheduler's {@code scheduled_tasks}. That one row is what hands a run to one
 * node at a time when several nodes share the database, and what keeps each key to one run at a time.
 * Every run is recorded in {@code job_run}.
 *
 * <pre>{@code
 * Scheduler scheduler = Scheduler.builder(dataSource)
 *         .handler("sync", (key, context) -> RunOutcome.succeeded("synced " + key.instance()))
 *         .build();
 * scheduler.schedule(JobKey.of("sync", "district-7"), Schedule.nightly(ZoneId.of("America/New_York")));
 * scheduler.start();
 * }</pre>
 *
 * <p>Operations other than {@link #start()} and {@link #runDueNow()} only read and write the database, so
 * they work before {@code start()}, after {@link #close()}, and on a node that runs no jobs. Thread-safe.
 */
public final class Scheduler implements AutoCloseable {
    private final com.github.kagkarlsson.scheduler.Scheduler db;
    private final boolean manual;
    private final InstantSource clock;
    private final Map<String, JobHandler> handlers;
    private final JobStore jobs;
    private final RunStore runs;
    private final Executions executions;
    private final Runner runner;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Scheduler(Builder builder) {
        this.manual = builder.manual;
        this.clock = builder.clock;
        this.handlers = Map.copyOf(builder.handlers);
        Jdbc jdbc = new Jdbc(builder.dataSource);
        this.jobs = new JobStore(jdbc);
        this.runs = new RunStore(jdbc);
        this.runner = new Runner(runs, clock, builder.nodeName);
        this.db = builder.dbScheduler(new JobTasks(jobs, runner, clock));
        this.executions = new Executions(db, clock);
    }

    /** A builder for a scheduler on {@code dataSource} (PostgreSQL, or H2 in {@code MODE=PostgreSQL}). */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Creates or upgrades the scheduler's tables. {@link Builder#build()} does this too; it is here for
     * an application that migrates every module before it starts anything.
     */
    public static void migrate(DataSource dataSource) {
        Migrations.migrate(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Starts running due jobs in the background (in manual mode, nothing runs until {@link #runDueNow()}).
     * First gives every enabled cron job of a kind this node handles an execution if it lacks one, so a
     * job whose execution was lost still runs. A run missed while every node was down runs once, now.
     */
    public void start() {
        if (closed.get()) {
            throw new SchedulerException("This scheduler was closed; build a new one");
        }
        if (!started.compareAndSet(false, true)) {
            return;
        }
        repairExecutions();
        if (manual) {
            ((ManualScheduler) db).start();
        } else {
            db.start();
        }
    }

    /**
     * Stops polling and waits (up to the builder's shutdown wait) for this node's running jobs. A run
     * still going after that is revived by another node once its heartbeat is stale.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && started.get() && !manual) {
            db.stop();
        }
    }

    /**
     * Creates or updates a job (idempotent). A new job is enabled; an existing one keeps its enabled flag,
     * so calling this at every start-up does not undo a pause. A changed cron expression or zone moves the
     * pending run to the new schedule's next time; a run in progress finishes first.
     *
     * @throws SchedulerException when no handler for the key's kind was given to the builder
     */
    public void schedule(JobKey key, Schedule schedule) {
        requireHandler(key);
        Objects.requireNonNull(schedule, "schedule");
        JobStore.Change change = jobs.upsert(key, schedule, clock.instant());
        Job job = requireJob(key);
        if (!job.runsOnSchedule()) {
            executions.cancelScheduled(key);
        } else if (change == JobStore.Change.UNCHANGED) {
            executions.ensureScheduled(key, next(job));
        } else {
            executions.moveScheduled(key, next(job));
        }
    }

    /**
     * Stops the job's schedule ("Stop Sync For the Selected Event"). A run in progress finishes; no
     * scheduled run starts until {@link #resume(JobKey)}. {@link #runNow(JobKey)} still works.
     *
     * @return whether the job was enabled before
     */
    public boolean pause(JobKey key) {
        requireJob(key);
        boolean changed = jobs.setEnabled(key, false, clock.instant());
        executions.cancelScheduled(key);
        return changed;
    }

    /**
     * Pauses every job of {@code kind} that runs on a schedule ("Stop Sync For All Events").
     *
     * @return the keys it paused, as {@link #enabled(String)} listed them just before
     */
    public List<JobKey> pauseAll(String kind) {
        List<JobKey> paused = new ArrayList<>();
        for (JobKey key : enabled(kind)) {
            if (pause(key)) {
                paused.add(key);
            }
        }
        return List.copyOf(paused);
    }

    /**
     * Re-enables the job's schedule. Its next run is the schedule's next time from now; runs missed while
     * paused are not made up.
     *
     * @return whether the job was paused before
     */
    public boolean resume(JobKey key) {
        requireHandler(key);
        requireJob(key);
        boolean changed = jobs.setEnabled(key, true, clock.instant());
        Job job = requireJob(key);
        if (job.runsOnSchedule()) {
            // Moves a stale scheduled row too (left by a pause racing a run's end), so nothing is made up.
            executions.moveScheduled(key, next(job));
        }
        return changed;
    }

    /**
     * Runs the job as soon as a node polls (at once on this node when started), whether its schedule is
     * enabled or not ("Sync now"). If a run for the key is in progress on any node, starts no second one
     * and says so. A queued run replaces the pending scheduled one; the schedule resumes after it.
     */
    public RunNowResult runNow(JobKey key) {
        requireHandler(key);
        requireJob(key);
        RunNowResult result = executions.runNow(key);
        if (result == RunNowResult.QUEUED && isRunningJobs() && !manual) {
            db.triggerCheckForDueExecutions();
        }
        return result;
    }

    /** Removes the job and any pending run; its history stays. A run in progress finishes. */
    public boolean remove(JobKey key) {
        boolean removed = jobs.delete(key);
        executions.cancelPending(key);
        return removed;
    }

    /** When the job runs next: a queued manual run, or its schedule's next time; empty when neither. */
    public Optional<Instant> nextRun(JobKey key) {
        Optional<Job> job = jobs.find(key);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        var pending = executions.find(key).filter(e -> !e.isPicked());
        if (pending.isPresent() && Executions.trigger(pending.get().getData()) == Trigger.MANUAL) {
            return Optional.of(pending.get().getExecutionTime());
        }
        if (!job.get().runsOnSchedule()) {
            return Optional.empty();
        }
        return Optional.of(pending.map(e -> e.getExecutionTime()).orElseGet(() -> next(job.get())));
    }

    public Optional<Job> job(JobKey key) {
        return jobs.find(key);
    }

    /** Every job of {@code kind}, by instance. */
    public List<Job> jobs(String kind) {
        return jobs.all(kind);
    }

    /** Every job, by kind and instance. */
    public List<Job> jobs() {
        return jobs.all();
    }

    /** The keys of {@code kind} whose cron schedule is enabled: what "Stop Sync For All Events" lists. */
    public List<JobKey> enabled(String kind) {
        return jobs.all(kind).stream().filter(Job::runsOnSchedule).map(Job::key).toList();
    }

    /** The job's finished runs, newest first, at most {@code limit}. */
    public List<RunRecord> history(JobKey key, int limit) {
        if (limit < 1) {
            throw SchedulerException.forJob(key, "History limit must be at least 1, got " + limit);
        }
        return runs.history(key, limit);
    }

    /** Runs in progress on every node, with their last reported progress, oldest first. */
    public List<RunningJob> running() {
        return runs.running();
    }

    /**
     * The watchdog: keys of {@code kind} (paused ones included; filter with {@link #enabled(String)})
     * whose last successful run finished more than {@code maxAge} ago, or that never succeeded.
     */
    public List<JobKey> overdue(String kind, Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new SchedulerException("Overdue age must not be negative, got " + maxAge);
        }
        return runs.withoutSuccessSince(kind, clock.instant().minus(maxAge));
    }

    /**
     * Manual mode only: runs every due job on the calling thread, one after another, and returns their
     * records. Tests move the clock and call this instead of waiting for a poll.
     */
    public List<RunRecord> runDueNow() {
        if (!manual) {
            throw new SchedulerException("runDueNow() needs a scheduler built with manual()");
        }
        if (!isRunningJobs()) {
            throw new SchedulerException("runDueNow() needs start() first, and no close()");
        }
        List<RunRecord> all = new ArrayList<>();
        List<RunRecord> batch;
        do {
            // One pass fetches a bounded batch of due executions; repeat until a pass finds none.
            batch = runner.collect(((ManualScheduler) db)::runAnyDueExecutions);
            all.addAll(batch);
        } while (!batch.isEmpty());
        return List.copyOf(all);
    }

    private boolean isRunningJobs() {
        return started.get() && !closed.get();
    }

    private void repairExecutions() {
        for (Job job : jobs.all()) {
            if (handlers.containsKey(job.key().kind()) && job.runsOnSchedule()) {
                executions.ensureScheduled(job.key(), next(job));
            }
        }
    }

    private Instant next(Job job) {
        return ((Schedule.Cron) job.schedule()).nextAfter(clock.instant());
    }

    private void requireHandler(JobKey key) {
        if (!handlers.containsKey(key.kind())) {
            throw SchedulerException.forJob(
                    key,
                    "No handler for kind '" + key.kind()
                            + "' on this node; add one with Scheduler.builder(…).handler(\"" + key.kind() + "\", …)");
        }
    }

    private Job requireJob(JobKey key) {
        return jobs.find(key)
                .orElseThrow(() -> SchedulerException.forJob(key, "Unknown job; create it with schedule() first"));
    }

    /** Configures a {@link Scheduler}. Not thread-safe; build once. */
    public static final class Builder {
        private final DataSource dataSource;
        private final Map<String, JobHandler> handlers = new LinkedHashMap<>();
        private InstantSource clock = InstantSource.system();
        private int threads = 4;
        private Duration pollInterval = Duration.ofSeconds(10);
        private Duration shutdownWait = Duration.ofSeconds(30);
        private String nodeName = new SchedulerName.Hostname().getName();
        private boolean manual;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The handler for jobs of {@code kind}; a node runs only the kinds it has handlers for. */
        public Builder handler(String kind, JobHandler handler) {
            JobKey.of(kind, "any"); // fails fast on a kind that could never be a key
            if (handlers.putIfAbsent(kind, Objects.requireNonNull(handler, "handler")) != null) {
                throw new SchedulerException("A handler for kind '" + kind + "' was already given");
            }
            return this;
        }

        /** Where time comes from (default: the system clock); tests pass a manual clock. */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How many jobs this node runs at once (default 4). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new SchedulerException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** How often this node looks for due jobs (default 10 s); {@link #runNow} does not wait for it. */
        public Builder pollInterval(Duration pollInterval) {
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new SchedulerException("pollInterval must be positive, got " + pollInterval);
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /** How long {@link Scheduler#close()} waits for running jobs (default 30 s). */
        public Builder shutdownWait(Duration shutdownWait) {
            if (shutdownWait.isNegative()) {
                throw new SchedulerException("shutdownWait must not be negative, got " + shutdownWait);
            }
            this.shutdownWait = shutdownWait;
            return this;
        }

        /** This node's name in run records and {@code picked_by} (default: the host name). */
        public Builder nodeName(String nodeName) {
            if (nodeName.isBlank() || nodeName.length() > 100) {
                throw new SchedulerException("nodeName must be non-blank and at most 100 characters");
            }
            this.nodeName = nodeName;
            return this;
        }

        /**
         * Manual mode, for tests: no background threads; due jobs run on the caller's thread when it calls
         * {@link Scheduler#runDueNow()}, at the time the clock says.
         */
        public Builder manual() {
            this.manual = true;
            return this;
        }

        /** Migrates the tables and builds the scheduler; call {@link Scheduler#start()} to run jobs. */
        public Scheduler build() {
            Migrations.migrate(dataSource);
            return new Scheduler(this);
        }

        private com.github.kagkarlsson.scheduler.Scheduler dbScheduler(JobTasks tasks) {
            List<Task<?>> known = new ArrayList<>();
            handlers.forEach((kind, handler) -> known.add(tasks.task(kind, handler)));
            SourceClock dbClock = new SourceClock(clock);
            if (manual) {
                return TestHelper.createManualScheduler(dataSource, known)
                        .clock(dbClock)
                        .build();
            }
            return com.github.kagkarlsson.scheduler.Scheduler.create(dataSource, known)
                    .clock(dbClock)
                    .threads(threads)
                    .pollingInterval(pollInterval)
                    .shutdownMaxWait(shutdownWait)
                    .schedulerName(new SchedulerName.Fixed(nodeName))
                    .build();
        }
    }
}
