package org.rosterbridge.hub.api;

import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Clever's rate limit: a budget of requests per token in a fixed one-minute window that resets on the
 * minute (not a sliding average). Thread-safe.
 */
final class RateLimiter {
    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final InstantSource clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, InstantSource clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts a request of {@code token}; the outcome carries what the rate headers say. */
    Outcome request(String token) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, WINDOW_MILLIS);
        Window window =
                windows.compute(token, (k, w) -> w == null || w.start != start ? new Window(start, 1) : w.next());
        long reset = (start + WINDOW_MILLIS) / 1000;
        return new Outcome(limit, Math.max(0, limit - window.count), reset, window.count <= limit);
    }

    /** The rate state after one request. */
    record Outcome(int limit, int remaining, long resetEpochSeconds, boolean allowed) {}

    private record Window(long start, int count) {
        Window next() {
            return new Window(start, count + 1);
        }
    }
}
