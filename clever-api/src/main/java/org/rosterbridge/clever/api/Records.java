package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;

/** Dispatch from a resource type to its object codec, with the checks that keep a type and a record apart. */
final class Records {

    private Records() {}

    static void write(Out o, ResourceType type, CleverObject record, Stamps stamps, TeacherIds teacherIds)
            throws IOException {
        check(o.version(), type, record);
        o.g.writeStartObject();
        switch (type) {
            case DISTRICTS -> DistrictCodec.write(o, (District) record);
            case SCHOOLS -> SchoolCodec.write(o, (School) record, stamps);
            case TERMS -> TermCodec.writeTerm(o, (Term) record);
            case COURSES -> TermCodec.writeCourse(o, (Course) record);
            case SECTIONS -> SectionCodec.write(o, (Section) record, stamps, teacherIds);
            case USERS -> UserCodec.write(o, (User) record, stamps);
            case STUDENTS -> V2PeopleCodec.writeStudent(o, (User) record, stamps);
            case TEACHERS -> V2PeopleCodec.writeTeacher(o, (User) record, stamps);
            case SCHOOL_ADMINS -> V2PeopleCodec.writeSchoolAdmin(o, (User) record);
            case DISTRICT_ADMINS -> V2PeopleCodec.writeDistrictAdmin(o, (User) record);
            case CONTACTS -> V2PeopleCodec.writeContact(o, (User) record);
        }
        o.g.writeEndObject();
    }

    static CleverObject read(ResourceType type, In in) {
        return switch (type) {
            case DISTRICTS -> DistrictCodec.read(in);
            case SCHOOLS -> SchoolCodec.read(in);
            case TERMS -> TermCodec.readTerm(in);
            case COURSES -> TermCodec.readCourse(in);
            case SECTIONS -> SectionCodec.read(in);
            case USERS -> UserCodec.read(in);
            default -> V2PeopleCodec.read(type, in);
        };
    }

    /** Whether the type's JSON carries {@code created}/{@code last_modified}. */
    static boolean hasStamps(ResourceType type) {
        return switch (type) {
            case SCHOOLS, SECTIONS, USERS, STUDENTS, TEACHERS -> true;
            default -> false;
        };
    }

    /** The id the record has on the wire: for a v2 person, the role's legacy id. */
    static CleverId wireId(ResourceType type, CleverObject record) {
        if (!(record instanceof User user) || type == ResourceType.USERS) {
            return record.id();
        }
        var roles = user.roles();
        return switch (type) {
            case STUDENTS -> roles.student().map(r -> r.legacyId()).orElse(user.id());
            case TEACHERS -> roles.teacher().map(r -> r.legacyId()).orElse(user.id());
            case SCHOOL_ADMINS -> roles.staff().map(r -> r.legacyId()).orElse(user.id());
            case DISTRICT_ADMINS -> roles.districtAdmin().map(r -> r.legacyId()).orElse(user.id());
            case CONTACTS -> roles.contact().map(r -> r.legacyId()).orElse(user.id());
            default -> user.id();
        };
    }

    /** The type a record has when there is only one choice (everything but v2 people). */
    static ResourceType typeOf(ApiVersion version, CleverObject record) {
        if (record instanceof District) {
            return ResourceType.DISTRICTS;
        } else if (record instanceof School) {
            return ResourceType.SCHOOLS;
        } else if (record instanceof Term) {
            return ResourceType.TERMS;
        } else if (record instanceof Course) {
            return ResourceType.COURSES;
        } else if (record instanceof Section) {
            return ResourceType.SECTIONS;
        } else if (version.isV3()) {
            return ResourceType.USERS;
        }
        User user = (User) record;
        if (user.roles().held().size() != 1) {
            throw new IllegalArgumentException(
                    "v2 shows user " + user.id() + " as one object per role; name the resource type");
        }
        return ResourceType.forV2Role(user.roles().held().iterator().next());
    }

    private static void check(ApiVersion version, ResourceType type, CleverObject record) {
        if (!type.servedBy(version)) {
            throw new IllegalArgumentException(version.path() + " does not serve " + type.segment());
        }
        boolean user = record instanceof User;
        boolean personType = type == ResourceType.USERS || type.v2Role().isPresent();
        if (user != personType || (!user && typeOf(version, record) != type)) {
            throw new IllegalArgumentException("record " + record.id() + " is not a " + type.segment() + " record");
        }
    }
}
