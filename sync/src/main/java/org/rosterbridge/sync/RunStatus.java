package org.rosterbridge.sync;

/** How a run ended. */
public enum RunStatus {
    APPLIED("applied"),
    HELD("held"),
    FAILED("failed"),
    DRY_RUN("dry-run");

    private final String wire;

    RunStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
