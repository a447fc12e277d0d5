/**
 * When jobs run: cron schedules in a time zone on db-scheduler, one run per key at a time across nodes
 * sharing one database, pause and resume, run now, the history of runs with live progress, and a
 * watchdog for jobs without a recent success.
 *
 * <p>The entry point is {@link org.rosterbridge.scheduler.Scheduler}; the other public types are the
 * records, enums and interfaces it takes and returns. See {@code docs/scheduler.md} for the semantics,
 * the defaults, cluster behaviour and the tables.
 */
package org.rosterbridge.scheduler;
