package org.rosterbridge.admin;

import org.rosterbridge.sync.RunReport;

/**
 * Runs one sync of a connected district into the app tables. The platform's district sync stands behind it
 * (one run per district at a time); events only need the report to know whether new data arrived and which
 * district it belongs to.
 */
@FunctionalInterface
interface SyncRunner {

    /** Syncs the connected district {@code districtRef} now and returns the run's report. */
    RunReport sync(long districtRef);
}
