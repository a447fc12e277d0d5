package org.rosterbridge.clever.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query of a list request: {@code limit} and filters such as {@code role}, {@code primary},
 * {@code school} or {@code record_type}. {@code starting_after} is set by the client.
 */
public record ListQuery(int limit, Map<String, String> filters) {

    /** Clever's maximum page size; larger is a 413. */
    public static final int MAX_LIMIT = 10_000;

    public ListQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (filters.containsKey("limit")
                || filters.containsKey("starting_after")
                || filters.containsKey("ending_before")) {
            throw new IllegalArgumentException("limit and cursors are not filters");
        }
        filters = Map.copyOf(filters);
    }

    /** Full-sync pages: 10,000 records, no filter. */
    public static ListQuery full() {
        return new ListQuery(MAX_LIMIT, Map.of());
    }

    public static ListQuery limit(int limit) {
        return new ListQuery(limit, Map.of());
    }

    /** This query with one more filter, e.g. {@code with("role", "student")}. */
    public ListQuery with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(name, value);
        return new ListQuery(limit, more);
    }
}
