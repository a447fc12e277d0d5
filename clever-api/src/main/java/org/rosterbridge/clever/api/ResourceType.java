package org.rosterbridge.clever.api;

import java.util.Optional;
import org.rosterbridge.clever.Role;

/**
 * The kinds of object Clever serves, each with its endpoint segment and its name in event types. The v3
 * API serves every person as a {@link #USERS user}; v2 serves one object per role ({@link #STUDENTS} …
 * {@link #CONTACTS}), which is why a v2 resource type also names the role it shows.
 */
public enum ResourceType {
    DISTRICTS("districts", "districts", null, true),
    SCHOOLS("schools", "schools", null, true),
    TERMS("terms", "terms", null, true),
    COURSES("courses", "courses", null, true),
    SECTIONS("sections", "sections", null, true),
    USERS("users", "users", null, false),
    STUDENTS("students", "students", Role.STUDENT, false),
    TEACHERS("teachers", "teachers", Role.TEACHER, false),
    SCHOOL_ADMINS("school_admins", "schooladmins", Role.STAFF, false),
    DISTRICT_ADMINS("district_admins", "districtadmins", Role.DISTRICT_ADMIN, false),
    CONTACTS("contacts", "contacts", Role.CONTACT, false);

    private final String segment;
    private final String eventName;
    private final Role v2Role;
    private final boolean shared;

    ResourceType(String segment, String eventName, Role v2Role, boolean shared) {
        this.segment = segment;
        this.eventName = eventName;
        this.v2Role = v2Role;
        this.shared = shared;
    }

    /** The endpoint path segment, e.g. {@code school_admins}. */
    public String segment() {
        return segment;
    }

    /** The record type as it appears in event types, e.g. {@code schooladmins} in {@code schooladmins.updated}. */
    public String eventName() {
        return eventName;
    }

    /** The user role a v2 person type shows; empty for every other type. */
    public Optional<Role> v2Role() {
        return Optional.ofNullable(v2Role);
    }

    /** Whether {@code version} serves this type. */
    public boolean servedBy(ApiVersion version) {
        if (shared) {
            return true;
        }
        return version.isV3() == (this == USERS);
    }

    /** The v2 person type that shows {@code role}. */
    public static ResourceType forV2Role(Role role) {
        for (ResourceType type : values()) {
            if (type.v2Role == role) {
                return type;
            }
        }
        throw new IllegalArgumentException("no v2 type for role " + role);
    }

    /** The type {@code version} calls {@code eventName} in its event types. */
    public static Optional<ResourceType> fromEventName(ApiVersion version, String eventName) {
        for (ResourceType type : values()) {
            if (type.eventName.equals(eventName) && type.servedBy(version)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
