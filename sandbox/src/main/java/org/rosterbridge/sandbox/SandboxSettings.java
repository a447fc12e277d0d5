package org.rosterbridge.sandbox;

import java.util.List;

/**
 * How a sandbox district behaves.
 *
 * @param autoApprove serve a replaced snapshot even when the hub would hold it (too many changes)
 * @param districtName the district's name ({@code ""}: derived from the directory)
 * @param districtAdmins e-mail addresses of district admins (Clever manages them outside the files)
 * @param rateLimit requests per minute per token, as Clever's 1,200
 */
public record SandboxSettings(boolean autoApprove, String districtName, List<String> districtAdmins, int rateLimit) {

    public SandboxSettings {
        districtAdmins = List.copyOf(districtAdmins);
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(true, "", List.of(), 1_000_000);
    }

    public SandboxSettings withAutoApprove(boolean approve) {
        return new SandboxSettings(approve, districtName, districtAdmins, rateLimit);
    }

    public SandboxSettings withDistrictAdmins(List<String> emails) {
        return new SandboxSettings(autoApprove, districtName, emails, rateLimit);
    }
}
