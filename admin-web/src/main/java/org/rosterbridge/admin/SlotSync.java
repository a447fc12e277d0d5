package org.rosterbridge.admin;

import java.time.Instant;

/**
 * What a scheduled event run needs of a district sync: fresh data for its schedule slot, synced at most once
 * for all the events of the district that share the slot. The platform's {@link DistrictSync} stands behind
 * it ({@link DistrictSync#runUnlessAppliedSince}).
 */
@FunctionalInterface
interface SlotSync {

    /**
     * Syncs the connected district {@code districtRef} now, unless one of its runs that started at or after
     * {@code slot} already applied. Returns {@link DistrictSync.Outcome.Ran} or {@link
     * DistrictSync.Outcome.AlreadyApplied}, waiting while another run of the district holds the lease.
     */
    DistrictSync.Outcome sync(long districtRef, Instant slot);

    /** A slot sync that syncs every time, for callers (and tests) that need no sharing. */
    static SlotSync always(SyncRunner runner) {
        return (districtRef, slot) -> new DistrictSync.Outcome.Ran(runner.sync(districtRef));
    }
}
