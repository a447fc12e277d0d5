package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.api.ResourceType;

/** The kinds of record the hub stores, in the order parents come before children. */
public enum Kind {
    DISTRICT(ResourceType.DISTRICTS),
    SCHOOL(ResourceType.SCHOOLS),
    TERM(ResourceType.TERMS),
    COURSE(ResourceType.COURSES),
    USER(ResourceType.USERS),
    SECTION(ResourceType.SECTIONS);

    private final ResourceType v3Type;

    Kind(ResourceType v3Type) {
        this.v3Type = v3Type;
    }

    /** How v3 calls records of this kind. */
    public ResourceType v3Type() {
        return v3Type;
    }

    public static Kind of(CleverObject record) {
        if (record instanceof User) {
            return USER;
        } else if (record instanceof Section) {
            return SECTION;
        } else if (record instanceof School) {
            return SCHOOL;
        } else if (record instanceof Term) {
            return TERM;
        } else if (record instanceof Course) {
            return COURSE;
        } else if (record instanceof District) {
            return DISTRICT;
        }
        throw new IllegalArgumentException(
                "not a stored kind: " + record.getClass().getSimpleName());
    }
}
