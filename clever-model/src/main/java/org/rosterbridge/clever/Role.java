package org.rosterbridge.clever;

/** The roles a Clever user can hold. Student and contact never combine with another role; teacher, staff and district admin merge by e-mail. */
public enum Role implements CleverCode {
    STUDENT("student"),
    TEACHER("teacher"),
    STAFF("staff"),
    DISTRICT_ADMIN("district_admin"),
    CONTACT("contact");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
