package org.rosterbridge.clever;

/** Clever's contact-to-student relationships. */
public enum Relationship implements CleverCode {
    PARENT("Parent"),
    GRANDPARENT("Grandparent"),
    SELF("Self"),
    AUNT_UNCLE("Aunt/Uncle"),
    SIBLING("Sibling"),
    OTHER("Other");

    private final String wire;

    Relationship(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
