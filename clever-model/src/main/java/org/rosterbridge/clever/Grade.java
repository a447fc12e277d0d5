package org.rosterbridge.clever;

/** Clever's grade levels (v2.1 and later); v2.0 knows only PreKindergarten, Kindergarten, 1-12, PostGraduate and Other. */
public enum Grade implements CleverCode {
    INFANT_TODDLER("InfantToddler"),
    PRESCHOOL("Preschool"),
    PRE_KINDERGARTEN("PreKindergarten"),
    TRANSITIONAL_KINDERGARTEN("TransitionalKindergarten"),
    KINDERGARTEN("Kindergarten"),
    G1("1"),
    G2("2"),
    G3("3"),
    G4("4"),
    G5("5"),
    G6("6"),
    G7("7"),
    G8("8"),
    G9("9"),
    G10("10"),
    G11("11"),
    G12("12"),
    G13("13"),
    POST_GRADUATE("PostGraduate"),
    UNGRADED("Ungraded"),
    OTHER("Other");

    private final String wire;

    Grade(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
