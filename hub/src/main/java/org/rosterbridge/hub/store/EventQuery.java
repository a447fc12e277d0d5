package org.rosterbridge.hub.store;

import java.util.Set;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.clever.api.ResourceType;

/**
 * Which events a page shows.
 *
 * @param version the API version asking; v2 and v3 see different event streams
 * @param types the record types wanted; all when empty
 * @param school only events concerning this school id; all when empty
 * @param after only events after this sequence number (0 for none)
 * @param before only events before this sequence number ({@link Long#MAX_VALUE} for none)
 * @param fromEnd take the page from the newest end (for {@code ending_before})
 * @param limit the page size
 */
public record EventQuery(
        ApiVersion version,
        Set<ResourceType> types,
        String school,
        long after,
        long before,
        boolean fromEnd,
        int limit) {
    public EventQuery {
        types = Set.copyOf(types);
    }
}
