package org.rosterbridge.hub;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * How to run a hub. Build with {@link #builder(Path)}; every setting but the data directory has a default.
 *
 * @param dataDirectory the district's upload directory (the SFTP layout: the six CSV files at its root);
 *     the hub keeps its own state in {@code .hub/} inside it
 * @param port the HTTP port; 0 picks a free one (default 8086)
 * @param token the district-app bearer token; empty to generate one (kept across restarts)
 * @param adminToken the admin bearer token; empty to generate one (kept across restarts)
 * @param sftpPort the SFTP port; 0 picks a free one, {@link #NO_SFTP} (the default) runs no SFTP server
 * @param sftpUser the district's SFTP user name (default: the district key)
 * @param sftpPassword the SFTP password; empty to generate one (kept across restarts)
 * @param databaseUrl a JDBC URL (PostgreSQL); empty for an H2 file under {@code .hub/}
 * @param districtKey what the district's Clever ids derive from (default: the data directory's name); keep it
 *     when moving the directory, or every id changes
 * @param districtName the district's name (default: the district key)
 * @param districtAdmins e-mail addresses of district admins (they never come from the files)
 * @param quietPeriod how long after the last write an upload is processed (default 5 minutes, as Clever)
 * @param rateLimit requests per token per minute (default 1,200, as Clever)
 * @param holdDeletePercent hold an upload that deletes more than this share of a record type (default 10)
 * @param holdUpdatePercent hold an upload that updates more than this share of a record type (default 75)
 * @param eventRetention how long events are kept (default 30 days, as Clever)
 * @param clock the time source, for tests
 * @param parallelIngest whether an upload's ingest steps overlap on several threads (default); off, they
 *     run one after another on one thread, for comparing the two
 */
public record HubSettings(
        Path dataDirectory,
        int port,
        String token,
        String adminToken,
        int sftpPort,
        String sftpUser,
        String sftpPassword,
        String databaseUrl,
        String districtKey,
        String districtName,
        List<String> districtAdmins,
        Duration quietPeriod,
        int rateLimit,
        double holdDeletePercent,
        double holdUpdatePercent,
        Duration eventRetention,
        InstantSource clock,
        boolean parallelIngest) {

    public static final int NO_SFTP = -1;
    public static final int DEFAULT_PORT = 8086;

    public HubSettings {
        districtAdmins = List.copyOf(districtAdmins);
        if (port < 0 || port > 65_535) {
            throw new HubException("port must be from 0 to 65535, not " + port);
        }
        if (sftpPort < NO_SFTP || sftpPort > 65_535) {
            throw new HubException("sftp-port must be from 0 to 65535, not " + sftpPort);
        }
        if (rateLimit < 1) {
            throw new HubException("rate-limit must be at least 1, not " + rateLimit);
        }
        if (quietPeriod.isNegative() || eventRetention.isNegative() || eventRetention.isZero()) {
            throw new HubException("quiet-period must not be negative and event-retention must be positive");
        }
    }

    public static Builder builder(Path dataDirectory) {
        return new Builder(dataDirectory);
    }

    /** The hub's own directory, {@code .hub/} in the data directory. */
    public Path stateDirectory() {
        return dataDirectory.resolve(".hub");
    }

    /** Builds settings; unset values take their defaults. Not thread-safe. */
    public static final class Builder {
        private final Path dataDirectory;
        private int port = DEFAULT_PORT;
        private String token = "";
        private String adminToken = "";
        private int sftpPort = NO_SFTP;
        private String sftpUser = "";
        private String sftpPassword = "";
        private String databaseUrl = "";
        private String districtKey = "";
        private String districtName = "";
        private List<String> districtAdmins = List.of();
        private Duration quietPeriod = Duration.ofMinutes(5);
        private int rateLimit = 1_200;
        private double holdDeletePercent = 10;
        private double holdUpdatePercent = 75;
        private Duration eventRetention = Duration.ofDays(30);
        private InstantSource clock = InstantSource.system();
        private boolean parallelIngest = true;

        private Builder(Path dataDirectory) {
            this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        public Builder sftpPort(int sftpPort) {
            this.sftpPort = sftpPort;
            return this;
        }

        public Builder sftpUser(String sftpUser) {
            this.sftpUser = sftpUser;
            return this;
        }

        public Builder sftpPassword(String sftpPassword) {
            this.sftpPassword = sftpPassword;
            return this;
        }

        public Builder databaseUrl(String databaseUrl) {
            this.databaseUrl = databaseUrl;
            return this;
        }

        public Builder districtKey(String districtKey) {
            this.districtKey = districtKey;
            return this;
        }

        public Builder districtName(String districtName) {
            this.districtName = districtName;
            return this;
        }

        public Builder districtAdmins(List<String> districtAdmins) {
            this.districtAdmins = List.copyOf(districtAdmins);
            return this;
        }

        public Builder quietPeriod(Duration quietPeriod) {
            this.quietPeriod = quietPeriod;
            return this;
        }

        public Builder rateLimit(int rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        public Builder holdThresholds(double deletePercent, double updatePercent) {
            this.holdDeletePercent = deletePercent;
            this.holdUpdatePercent = updatePercent;
            return this;
        }

        public Builder eventRetention(Duration eventRetention) {
            this.eventRetention = eventRetention;
            return this;
        }

        public Builder clock(InstantSource clock) {
            this.clock = clock;
            return this;
        }

        public Builder parallelIngest(boolean parallelIngest) {
            this.parallelIngest = parallelIngest;
            return this;
        }

        public HubSettings build() {
            Path name = dataDirectory.getFileName();
            String key = districtKey.isEmpty() ? (name == null ? "district" : name.toString()) : districtKey;
            return new HubSettings(
                    dataDirectory,
                    port,
                    token,
                    adminToken,
                    sftpPort,
                    sftpUser.isEmpty() ? key : sftpUser,
                    sftpPassword,
                    databaseUrl,
                    key,
                    districtName.isEmpty() ? key : districtName,
                    districtAdmins,
                    quietPeriod,
                    rateLimit,
                    holdDeletePercent,
                    holdUpdatePercent,
                    eventRetention,
                    clock,
                    parallelIngest);
        }
    }
}
