package org.rosterbridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.rosterbridge.hub.Hub;
import org.rosterbridge.hub.HubSettings;
import org.rosterbridge.hub.RunningHub;

/**
 * Starts a local Clever sandbox district: the hub serving a district directory (the six SFTP CSV files) on
 * a free port, behind a small proxy that can inject faults. Clients get only a base URL and a token.
 *
 * <pre>{@code
 * try (SandboxDistrict d = Sandbox.start(dir, SandboxSettings.defaults())) {
 *     // GET d.baseUrl() + "/v3.0/users" with "Authorization: Bearer " + d.token()
 * }
 * }</pre>
 */
public final class Sandbox {

    private Sandbox() {}

    /** Serves the district in {@code districtDir} (copied; the directory itself is never written). */
    public static SandboxDistrict start(Path districtDir, SandboxSettings settings) {
        Path data = workDirectory();
        SandboxDistrict.copyCsv(districtDir, data);
        HubSettings.Builder hub = HubSettings.builder(data)
                .port(0)
                .quietPeriod(Duration.ofDays(1))
                .rateLimit(settings.rateLimit())
                .districtKey(districtDir.getFileName().toString())
                .districtAdmins(settings.districtAdmins());
        if (!settings.districtName().isEmpty()) {
            hub.districtName(settings.districtName());
        }
        RunningHub running = Hub.start(hub.build());
        return new SandboxDistrict(running, data, settings, FaultProxy.start(running.port()));
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("rosterbridge-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox's directory", e);
        }
    }
}
