package org.rosterbridge.admin;

/** The kinds of people the data browser lists, with where an event keeps each. */
enum PersonRole {
    STUDENT("student", "event_students", "student_id"),
    TEACHER("teacher", "event_teachers", "teacher_id"),
    CONTACT("contact", "event_contacts", "contact_id");

    private final String role;
    private final String eventTable;
    private final String eventColumn;

    PersonRole(String role, String eventTable, String eventColumn) {
        this.role = role;
        this.eventTable = eventTable;
        this.eventColumn = eventColumn;
    }

    /** The value in {@code user_roles.role}. */
    String role() {
        return role;
    }

    String eventFilter() {
        return "u.id in (select " + eventColumn + " from " + eventTable + " where event_id = :e)";
    }

    /** The role named in a URL ({@code students}, {@code teachers}, {@code contacts}); empty if none. */
    static java.util.Optional<PersonRole> fromPath(String segment) {
        for (PersonRole r : values()) {
            if ((r.role + "s").equals(segment)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
