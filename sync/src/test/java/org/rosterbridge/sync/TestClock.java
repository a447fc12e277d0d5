package org.rosterbridge.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock tests move by hand. */
final class TestClock implements InstantSource {
    private Instant now = Instant.parse("2026-09-01T06:00:00Z");

    @Override
    public Instant instant() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }
}
