package org.rosterbridge.clever;

/** Clever's district sync states. */
public enum DistrictState implements CleverCode {
    RUNNING("running"),
    PENDING("pending"),
    ERROR("error"),
    PAUSED("paused"),
    SUCCESS("success");

    private final String wire;

    DistrictState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
