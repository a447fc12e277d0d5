package org.rosterbridge.clever;

/** Clever's student genders (X from v2.1 on). */
public enum Gender implements CleverCode {
    MALE("M"),
    FEMALE("F"),
    UNSPECIFIED("X");

    private final String wire;

    Gender(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
