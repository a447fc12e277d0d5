package org.rosterbridge.clever.api;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GET with Clever's retry rules, decided by a Failsafe retry policy run as a standalone execution so
 * that the waits go through the injected {@link Sleeper}: 429 waits for the rate-limit reset; 500, 502, 503,
 * 504, timeouts and I/O errors back off exponentially with jitter; everything else is final.
 */
final class Transport {

    private static final Logger LOG = LoggerFactory.getLogger(CleverClient.class);

    private final ClientSettings settings;
    private final HttpClient http;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final RetryPolicy<HttpResponse<byte[]>> policy;
    private final Links links;

    Transport(ClientSettings settings, HttpClient http, InstantSource clock, Sleeper sleeper) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
        this.links = new Links(settings.baseUrl(), settings.version());
        this.policy = RetryPolicy.<HttpResponse<byte[]>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> retryable(response.statusCode()))
                .withMaxAttempts(settings.maxAttempts())
                .withBackoff(settings.baseDelay(), settings.maxDelay())
                .withJitter(0.25)
                .build();
    }

    Links links() {
        return links;
    }

    static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** A final answer: its status, body, and how many attempts it took. */
    record Reply(int status, byte[] body, int attempts) {}

    /** The final answer: a success, a status not retried, or the last retryable one once attempts ran out. */
    Reply get(String path) {
        URI uri = links.resolve(path);
        Execution<HttpResponse<byte[]>> execution = Execution.of(policy);
        while (true) {
            HttpResponse<byte[]> response = null;
            IOException failure = null;
            try {
                response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
                execution.recordResult(response);
            } catch (IOException e) {
                failure = e;
                execution.recordException(e);
            } catch (InterruptedException e) {
                throw interrupted(path);
            }
            if (execution.isComplete()) {
                return finish(path, response, failure, execution.getAttemptCount());
            }
            pause(path, response, failure, execution);
        }
    }

    private Reply finish(String path, HttpResponse<byte[]> response, IOException failure, int attempts) {
        if (response != null) {
            return new Reply(response.statusCode(), response.body(), attempts);
        }
        throw new CleverApiException(
                "GET " + path + " failed after " + attempts + " attempts: "
                        + failure.getClass().getSimpleName(),
                failure);
    }

    private void pause(
            String path,
            HttpResponse<byte[]> response,
            IOException failure,
            Execution<HttpResponse<byte[]>> execution) {
        Duration wait = execution.getDelay();
        if (response != null && response.statusCode() == 429) {
            Duration reset = RateLimit.wait(response.headers(), clock.instant()).orElse(wait);
            wait = min(reset.compareTo(wait) > 0 ? reset : wait, settings.maxRateLimitWait());
        }
        LOG.warn(
                "GET {} attempt {} failed ({}); retrying in {} ms",
                path,
                execution.getAttemptCount(),
                response != null
                        ? "HTTP " + response.statusCode()
                        : failure.getClass().getSimpleName(),
                wait.toMillis());
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted(path);
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/json")
                .build();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static CleverApiException interrupted(String path) {
        Thread.currentThread().interrupt();
        return new CleverApiException("GET " + path + " interrupted");
    }
}
