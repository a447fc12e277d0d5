package org.rosterbridge.scheduler;

import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * db-scheduler's clock, read from our {@link InstantSource}. It extends {@link SettableClock} only
 * because db-scheduler's manual scheduler asks for one; time is moved through the source, never here.
 */
final class SourceClock extends SettableClock {
    private final InstantSource source;

    SourceClock(InstantSource source) {
        this.source = source;
    }

    @Override
    public Instant now() {
        return source.instant();
    }

    @Override
    public void set(Instant newNow) {
        throw new UnsupportedOperationException("Move the InstantSource given to Scheduler.builder instead");
    }

    @Override
    public void tick(Duration step) {
        throw new UnsupportedOperationException("Move the InstantSource given to Scheduler.builder instead");
    }
}
