package org.rosterbridge.clever;

/** Clever's contact types. */
public enum ContactType implements CleverCode {
    PARENT_GUARDIAN("Parent/Guardian"),
    EMERGENCY("Emergency"),
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    FAMILY("Family"),
    OTHER("Other");

    private final String wire;

    ContactType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
