package org.rosterbridge.sync;

import java.net.URI;

/**
 * One run for one district.
 *
 * @param api the API root, e.g. {@code https://api.clever.com}
 * @param token the district-app bearer token; never printed or logged
 * @param version the API version to read
 * @param mode full, events, or auto
 * @param dryRun plan and report, change nothing
 * @param approveRunId the id of a held run to apply instead of fetching, or {@code ""}
 */
public record SyncRequest(
        URI api, String token, ApiVersion version, SyncMode mode, boolean dryRun, String approveRunId) {

    public SyncRequest {
        if (token.isBlank()) {
            throw new SyncException("a district token is required");
        }
    }

    public static SyncRequest of(URI api, String token) {
        return new SyncRequest(api, token, ApiVersion.V3_0, SyncMode.AUTO, false, "");
    }

    public SyncRequest withVersion(ApiVersion v) {
        return new SyncRequest(api, token, v, mode, dryRun, approveRunId);
    }

    public SyncRequest withMode(SyncMode m) {
        return new SyncRequest(api, token, version, m, dryRun, approveRunId);
    }

    public SyncRequest withDryRun(boolean dry) {
        return new SyncRequest(api, token, version, mode, dry, approveRunId);
    }

    public SyncRequest approving(String runId) {
        return new SyncRequest(api, token, version, mode, dryRun, runId);
    }

    @Override
    public String toString() {
        return "SyncRequest[api=" + api + ", version=" + version.wire() + ", mode=" + mode.wire() + ", dryRun=" + dryRun
                + ", approveRunId=" + approveRunId + "]";
    }
}
