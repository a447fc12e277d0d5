package org.rosterbridge.hub.store;

import java.util.Locale;
import org.rosterbridge.clever.Role;

/** What change counts and hold thresholds are kept for: each record kind, users split by role. */
public enum Category {
    SCHOOLS,
    TERMS,
    COURSES,
    SECTIONS,
    STUDENTS,
    TEACHERS,
    STAFF,
    CONTACTS,
    DISTRICT_ADMINS;

    /** The lower-case name used in reports and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Category of(Kind kind) {
        return switch (kind) {
            case SCHOOL -> SCHOOLS;
            case TERM -> TERMS;
            case COURSE -> COURSES;
            case SECTION -> SECTIONS;
            default -> throw new IllegalArgumentException(kind + " is counted by role or not at all");
        };
    }

    static Category of(Role role) {
        return switch (role) {
            case STUDENT -> STUDENTS;
            case TEACHER -> TEACHERS;
            case STAFF -> STAFF;
            case CONTACT -> CONTACTS;
            case DISTRICT_ADMIN -> DISTRICT_ADMINS;
        };
    }
}
