package org.rosterbridge.admin;

import java.time.ZoneId;
import java.util.Set;

/** What the create-event form sends: the event and its import selection. */
record NewEvent(
        long districtRef,
        String name,
        Set<Long> schoolIds,
        Set<Long> termIds,
        boolean importParents,
        ZoneId zone,
        String actor) {

    NewEvent {
        name = name.strip();
        schoolIds = Set.copyOf(schoolIds);
        termIds = Set.copyOf(termIds);
    }
}
