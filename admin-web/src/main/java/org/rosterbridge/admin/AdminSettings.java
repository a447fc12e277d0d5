package org.rosterbridge.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * How to run the admin UI. Start from {@link #of(String, int)} and adjust with the {@code with…} methods.
 *
 * @param jdbcUrl the app database (the one {@code sync} writes); required
 * @param host the address to listen on; default {@code 127.0.0.1}
 * @param port the HTTP port; 0 picks a free one
 * @param dataDir where the key file lives ({@code secret.key}, created 0600 on first start); default {@code ./data}
 * @param https whether browsers reach the UI over TLS (directly or through a proxy): cookies get {@code Secure}
 * @param sessionIdle how long a session lives without a request; default 30 minutes
 * @param secretKey the token encryption key, base64 of 32 bytes; {@code ""} means the {@code
 *     ROSTERBRIDGE_SECRET_KEY} environment variable, else the key file
 * @param clock the time source (tests pass a settable one)
 */
public record AdminSettings(
        String jdbcUrl,
        String host,
        int port,
        Path dataDir,
        boolean https,
        Duration sessionIdle,
        String secretKey,
        InstantSource clock) {

    public AdminSettings {
        if (jdbcUrl.isBlank()) {
            throw new AdminException("a database URL is required (--db jdbc:h2:file:… or jdbc:postgresql://…)");
        }
        if (port < 0 || port > 65_535) {
            throw new AdminException("port must be between 0 and 65535, was " + port);
        }
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new AdminException("sessionIdle must be positive, was " + sessionIdle);
        }
    }

    /** Defaults: listen on 127.0.0.1, keys under {@code ./data}, plain HTTP, 30-minute sessions, system clock. */
    public static AdminSettings of(String jdbcUrl, int port) {
        return new AdminSettings(
                jdbcUrl, "127.0.0.1", port, Path.of("data"), false, Duration.ofMinutes(30), "", InstantSource.system());
    }

    public AdminSettings withHost(String h) {
        return new AdminSettings(jdbcUrl, h, port, dataDir, https, sessionIdle, secretKey, clock);
    }

    public AdminSettings withDataDir(Path d) {
        return new AdminSettings(jdbcUrl, host, port, d, https, sessionIdle, secretKey, clock);
    }

    public AdminSettings withHttps(boolean h) {
        return new AdminSettings(jdbcUrl, host, port, dataDir, h, sessionIdle, secretKey, clock);
    }

    public AdminSettings withSessionIdle(Duration d) {
        return new AdminSettings(jdbcUrl, host, port, dataDir, https, d, secretKey, clock);
    }

    public AdminSettings withSecretKey(String base64) {
        return new AdminSettings(jdbcUrl, host, port, dataDir, https, sessionIdle, base64, clock);
    }

    public AdminSettings withClock(InstantSource c) {
        return new AdminSettings(jdbcUrl, host, port, dataDir, https, sessionIdle, secretKey, c);
    }

    @Override
    public String toString() {
        return "AdminSettings[jdbcUrl=" + jdbcUrl + ", host=" + host + ", port=" + port + ", dataDir=" + dataDir
                + ", https=" + https + ", sessionIdle=" + sessionIdle + ", secretKey="
                + (secretKey.isEmpty() ? "" : "***")
                + "]";
    }
}
