/**
 * When jobs run: cron schedules in a time zone on db-scheduler, one run per key at a time across nodes
 * sharing one database, pause and resume, run now, and the history of runs.
 */
package org.rosterbridge.scheduler;
