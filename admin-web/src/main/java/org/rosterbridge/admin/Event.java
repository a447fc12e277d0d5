package org.rosterbridge.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * An event (import target): the classes of some schools and terms of one connected district, with their
 * students, teachers and, when asked for, contacts.
 *
 * @param districtRef the connected district (the platform's id)
 * @param districtId the app district ({@code districts.id}) holding that district's data
 * @param zone the district's time zone, in which the nightly sync runs
 */
record Event(
        long id,
        long districtRef,
        long districtId,
        String name,
        boolean importParents,
        ZoneId zone,
        String createdBy,
        Instant createdAt,
        Set<Long> schoolIds,
        Set<Long> termIds) {

    Event {
        schoolIds = Set.copyOf(schoolIds);
        termIds = Set.copyOf(termIds);
    }
}
