package org.rosterbridge.clever;

/** Clever's student race values. */
public enum Race implements CleverCode {
    CAUCASIAN("Caucasian"),
    ASIAN("Asian"),
    BLACK("Black or African American"),
    AMERICAN_INDIAN("American Indian"),
    PACIFIC_ISLANDER("Hawaiian or Other Pacific Islander"),
    TWO_OR_MORE("Two or More Races"),
    UNKNOWN("Unknown");

    private final String wire;

    Race(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
