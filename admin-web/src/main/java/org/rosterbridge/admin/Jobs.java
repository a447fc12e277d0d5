package org.rosterbridge.admin;

import org.rosterbridge.scheduler.Scheduler;

/**
 * The scheduler's job kinds this process runs ({@code rosterbridge serve} starts the scheduler with them).
 * The hook for the events feature: add its handlers here, e.g. {@code jobs.handler("event-sync", new
 * EventSyncJob(districtSync, ...))}, with a handler that calls {@link DistrictSync#run} and maps {@link
 * DistrictSync.Outcome.Busy} to a retry. A node runs only the kinds it has handlers for.
 */
final class Jobs {

    private Jobs() {}

    static void register(Scheduler.Builder jobs, DistrictSync districtSync, Districts districts, AdminDb db) {
        // The events feature registers its kinds here.
        EventsFeature.register(jobs, districtSync, db, java.time.InstantSource.system());
    }
}
