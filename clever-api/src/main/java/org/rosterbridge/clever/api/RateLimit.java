package org.rosterbridge.clever.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How long a 429 asks us to wait: until {@code X-RateLimit-Reset} (Unix seconds), else {@code Retry-After}. */
final class RateLimit {

    private RateLimit() {}

    static Optional<Duration> wait(HttpHeaders headers, Instant now) {
        Optional<Instant> reset = headers.firstValue("X-RateLimit-Reset").flatMap(RateLimit::epochSeconds);
        if (reset.isPresent()) {
            return Optional.of(nonNegative(Duration.between(now, reset.get())));
        }
        return headers.firstValue("Retry-After").flatMap(value -> retryAfter(value.strip(), now));
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        try {
            return Optional.of(nonNegative(Duration.ofSeconds(Long.parseLong(value))));
        } catch (NumberFormatException e) {
            // not delta-seconds; an HTTP date then
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
