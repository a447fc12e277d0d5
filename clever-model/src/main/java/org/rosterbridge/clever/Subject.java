package org.rosterbridge.clever;

/** Clever's section subjects. */
public enum Subject implements CleverCode {
    ENGLISH_LANGUAGE_ARTS("english/language arts"),
    MATH("math"),
    SCIENCE("science"),
    SOCIAL_STUDIES("social studies"),
    LANGUAGE("language"),
    HOMEROOM_ADVISORY("homeroom/advisory"),
    INTERVENTIONS_ONLINE_LEARNING("interventions/online learning"),
    TECHNOLOGY_AND_ENGINEERING("technology and engineering"),
    PE_AND_HEALTH("PE and health"),
    ARTS_AND_MUSIC("arts and music"),
    OTHER("other");

    private final String wire;

    Subject(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
