package org.rosterbridge.clever.api;

import java.net.URI;
import java.time.Duration;

/**
 * How a {@link CleverClient} reaches Clever (or the hub) and how hard it retries.
 *
 * @param baseUrl e.g. {@code https://api.clever.com}; list links from the server are resolved against it and
 *     must stay on its scheme, host and port
 * @param token the district-app bearer token; never logged nor put in a message ({@link #toString} hides it)
 * @param maxAttempts attempts per request, the first included (5xx, 429, timeouts and I/O errors are retried)
 * @param baseDelay the first backoff delay; doubled per retry, with ±25 % jitter
 * @param maxDelay the longest backoff delay
 * @param maxRateLimitWait the longest wait a 429's {@code X-RateLimit-Reset}/{@code Retry-After} may impose
 * @param requestTimeout per attempt, from sending the request to the end of the response headers
 */
public record ClientSettings(
        URI baseUrl,
        String token,
        ApiVersion version,
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Duration maxRateLimitWait,
        Duration requestTimeout) {

    public ClientSettings {
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL must be an absolute http(s) URL: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must have no query or fragment: " + baseUrl);
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException("bearer token is empty");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) <= 0) {
            throw new IllegalArgumentException("delays must satisfy 0 < baseDelay < maxDelay");
        }
        if (maxRateLimitWait.isNegative()) {
            throw new IllegalArgumentException("maxRateLimitWait must not be negative");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    /** Defaults: 5 attempts, backoff 1 s doubling to 30 s, 429 waits up to 65 s, 60 s per attempt. */
    public static ClientSettings of(URI baseUrl, String token, ApiVersion version) {
        return new ClientSettings(
                baseUrl,
                token,
                version,
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofSeconds(65),
                Duration.ofSeconds(60));
    }

    public ClientSettings withRetries(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        return new ClientSettings(
                baseUrl, token, version, maxAttempts, baseDelay, maxDelay, maxRateLimitWait, requestTimeout);
    }

    public ClientSettings withMaxRateLimitWait(Duration wait) {
        return new ClientSettings(baseUrl, token, version, maxAttempts, baseDelay, maxDelay, wait, requestTimeout);
    }

    public ClientSettings withRequestTimeout(Duration timeout) {
        return new ClientSettings(baseUrl, token, version, maxAttempts, baseDelay, maxDelay, maxRateLimitWait, timeout);
    }

    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", token=(hidden), version=" + version.path() + ", maxAttempts="
                + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + ", maxRateLimitWait="
                + maxRateLimitWait + ", requestTimeout=" + requestTimeout + "]";
    }
}
