package org.rosterbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void movesOnlyWhenAdvanced() {
        ManualClock clock = ManualClock.schoolDay();
        Instant start = clock.instant();

        assertThat(clock.instant()).isEqualTo(start);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(300));
    }
}
