package org.rosterbridge.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void allowsTheBudgetPerTokenInAFixedMinuteAndResetsOnTheMinute() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:59.500Z"));
        RateLimiter limiter = new RateLimiter(2, now::get);
        assertThat(limiter.request("a").allowed()).isTrue();
        RateLimiter.Outcome second = limiter.request("a");
        assertThat(second.allowed()).isTrue();
        assertThat(second.remaining()).isZero();
        assertThat(second.resetEpochSeconds())
                .isEqualTo(Instant.parse("2026-01-01T10:01:00Z").getEpochSecond());
        assertThat(limiter.request("a").allowed()).isFalse();
        assertThat(limiter.request("b").allowed()).isTrue();
        now.set(Instant.parse("2026-01-01T10:01:00Z"));
        assertThat(limiter.request("a").allowed()).isTrue();
    }
}
