package org.rosterbridge.clever;

/** Clever's contact phone types. */
public enum PhoneType implements CleverCode {
    CELL("Cell"),
    HOME("Home"),
    WORK("Work"),
    OTHER("Other");

    private final String wire;

    PhoneType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
