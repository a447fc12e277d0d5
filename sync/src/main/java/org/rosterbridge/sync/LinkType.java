package org.rosterbridge.sync;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The relations a record owns, each kept in a table of its own: user roles, a user's schools, a section's
 * teachers (primary first) and students, a contact's students. A link's key is a Clever id of the target
 * kind, or the role name for {@link #USER_ROLE}.
 */
enum LinkType {
    USER_ROLE(Kind.USER, "user_roles", "user_id", "role", Optional.empty(), roleColumns()),
    USER_SCHOOL(
            Kind.USER,
            "user_schools",
            "user_id",
            "school_id",
            Optional.of(Kind.SCHOOL),
            List.of(Column.text("role"), Column.of("is_primary", Column.Type.BOOL))),
    SECTION_TEACHER(
            Kind.SECTION,
            "section_teachers",
            "section_id",
            "teacher_id",
            Optional.of(Kind.USER),
            List.of(Column.of("is_primary", Column.Type.BOOL), Column.of("position", Column.Type.INT))),
    SECTION_STUDENT(Kind.SECTION, "section_students", "section_id", "student_id", Optional.of(Kind.USER), List.of()),
    CONTACT_STUDENT(
            Kind.USER,
            "contact_students",
            "contact_id",
            "student_id",
            Optional.of(Kind.USER),
            List.of(Column.text("relationship"), Column.text("type")));

    private final Kind owner;
    private final String table;
    private final String ownerColumn;
    private final String keyColumn;
    private final Optional<Kind> target;
    private final List<Column> attributes;

    LinkType(
            Kind owner,
            String table,
            String ownerColumn,
            String keyColumn,
            Optional<Kind> target,
            List<Column> attributes) {
        this.owner = owner;
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.keyColumn = keyColumn;
        this.target = target;
        this.attributes = attributes;
    }

    Kind owner() {
        return owner;
    }

    String table() {
        return table;
    }

    String ownerColumn() {
        return ownerColumn;
    }

    String keyColumn() {
        return keyColumn;
    }

    /** The kind the key refers to; empty when the key is plain text (a role name). */
    Optional<Kind> target() {
        return target;
    }

    List<Column> attributes() {
        return attributes;
    }

    static List<LinkType> of(Kind owner) {
        return Stream.of(values()).filter(t -> t.owner == owner).toList();
    }

    private static List<Column> roleColumns() {
        return Stream.of(
                        "legacy_clever_id",
                        "sis_id",
                        "number",
                        "state_id",
                        "title",
                        "department",
                        "grade",
                        "dob",
                        "gender",
                        "graduation_year",
                        "race",
                        "hispanic_ethnicity",
                        "ell_status",
                        "frl_status",
                        "iep_status",
                        "home_language",
                        "phone",
                        "phone_type",
                        "username",
                        "staff_permissions")
                .map(n -> n.equals("dob") ? Column.of(n, Column.Type.DATE) : Column.text(n))
                .toList();
    }
}
