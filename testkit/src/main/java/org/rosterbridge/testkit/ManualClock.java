package org.rosterbridge.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when a test moves it, so time-dependent code is tested without sleeping. */
public final class ManualClock implements InstantSource {

    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    /** A clock at 2026-09-01T08:00:00Z, a school-day morning. */
    public static ManualClock schoolDay() {
        return new ManualClock(Instant.parse("2026-09-01T08:00:00Z"));
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock forward by {@code step}. */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }
}
