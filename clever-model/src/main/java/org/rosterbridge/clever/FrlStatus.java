package org.rosterbridge.clever;

/** Clever's free/reduced lunch statuses (Other from v3.1 on). */
public enum FrlStatus implements CleverCode {
    FREE("Free"),
    REDUCED("Reduced"),
    PAID("Paid"),
    OTHER("Other");

    private final String wire;

    FrlStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
