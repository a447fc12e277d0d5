package org.rosterbridge.generator;

import java.util.EnumMap;
import java.util.Map;

/**
 * New ids for a churn step: each type continues after the largest number seen in the snapshot or the held
 * records, so an added record never takes the id of one that was dropped and may come back.
 */
final class IdCounters {

    private final Map<Ids, Long> largest = new EnumMap<>(Ids.class);

    void see(Ids type, String id) {
        long number = type.number(id);
        if (number > largest.getOrDefault(type, 0L)) {
            largest.put(type, number);
        }
    }

    String next(Ids type) {
        long number = largest.getOrDefault(type, 0L) + 1;
        largest.put(type, number);
        return type.of(number);
    }
}
