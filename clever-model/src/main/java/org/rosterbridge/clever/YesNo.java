package org.rosterbridge.clever;

/** Clever's Y/N flags: Hispanic ethnicity, ELL, gifted, section 504, disability status. */
public enum YesNo implements CleverCode {
    YES("Y"),
    NO("N");

    private final String wire;

    YesNo(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
