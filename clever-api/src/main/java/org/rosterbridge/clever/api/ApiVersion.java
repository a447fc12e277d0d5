package org.rosterbridge.clever.api;

/** The Clever Data API versions this module speaks. */
public enum ApiVersion {
    V2_0("v2.0"),
    V2_1("v2.1"),
    V3_0("v3.0"),
    V3_1("v3.1");

    private final String path;

    ApiVersion(String path) {
        this.path = path;
    }

    /** The version's path segment, e.g. {@code v3.0}. */
    public String path() {
        return path;
    }

    /** Whether this is a v3 version (users with roles) rather than a v2 one (one object per role). */
    public boolean isV3() {
        return this == V3_0 || this == V3_1;
    }

    /** The version named by {@code path} ({@code v3.0} or {@code 3.0}). */
    public static ApiVersion fromPath(String path) {
        String wanted = path.startsWith("v") ? path : "v" + path;
        for (ApiVersion version : values()) {
            if (version.path.equals(wanted)) {
                return version;
            }
        }
        throw new IllegalArgumentException("unknown Clever API version: " + path);
    }
}
