package org.rosterbridge.hub.api;

import io.javalin.http.Context;
import java.util.Set;
import org.rosterbridge.clever.CleverId;

/**
 * Clever's paging parameters: {@code limit} (default 100, at most 10,000, 413 above), {@code starting_after}
 * or {@code ending_before} (a record id; {@code ending_before=last} for the last page), and {@code count}.
 */
record PageRequest(int limit, Cursor cursor, boolean count) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final Set<String> COUNT_VALUES = Set.of("", "true", "false", "undefined");

    /** Where the page starts. */
    sealed interface Cursor {}

    record First() implements Cursor {}

    record After(CleverId id) implements Cursor {}

    record Before(CleverId id) implements Cursor {}

    record Last() implements Cursor {}

    static PageRequest of(Context ctx) {
        return new PageRequest(limit(ctx.queryParam("limit")), cursor(ctx), count(ctx.queryParam("count")));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            if (text.trim().matches("\\d+")) {
                throw ApiException.tooLarge(MAX_LIMIT);
            }
            throw ApiException.badParameter("limit", "a whole number from 1 to " + MAX_LIMIT);
        }
        if (limit < 1) {
            throw ApiException.badParameter("limit", "a whole number from 1 to " + MAX_LIMIT);
        }
        if (limit > MAX_LIMIT) {
            throw ApiException.tooLarge(MAX_LIMIT);
        }
        return limit;
    }

    private static Cursor cursor(Context ctx) {
        String after = ctx.queryParam("starting_after");
        String before = ctx.queryParam("ending_before");
        if (after != null && before != null) {
            throw ApiException.badParameter("starting_after", "not combined with ending_before");
        }
        if (after != null) {
            return new After(id("starting_after", after));
        }
        if (before != null) {
            return before.equals("last") ? new Last() : new Before(id("ending_before", before));
        }
        return new First();
    }

    static CleverId id(String parameter, String text) {
        if (!CleverId.isValid(text)) {
            throw ApiException.badParameter(parameter, "a Clever id (24 hex digits)");
        }
        return CleverId.of(text);
    }

    private static boolean count(String text) {
        if (text == null) {
            return false;
        }
        if (!COUNT_VALUES.contains(text)) {
            throw ApiException.badParameter("count", "one of \"\", true, false, undefined");
        }
        return text.equals("true");
    }
}
