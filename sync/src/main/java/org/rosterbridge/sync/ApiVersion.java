package org.rosterbridge.sync;

/** The Clever Data API versions the sync reads; each district picks one. */
public enum ApiVersion {
    V3_0("v3.0"),
    V3_1("v3.1"),
    V2_1("v2.1"),
    V2_0("v2.0");

    private final String wire;

    ApiVersion(String wire) {
        this.wire = wire;
    }

    /** The path segment, e.g. {@code v3.0}. */
    public String wire() {
        return wire;
    }

    public boolean isV2() {
        return this == V2_0 || this == V2_1;
    }

    /** The version spelled {@code wire}; fails on anything else. */
    public static ApiVersion of(String wire) {
        for (ApiVersion v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        throw new SyncException("unknown API version " + wire + " (v3.0, v3.1, v2.1 or v2.0)");
    }
}
