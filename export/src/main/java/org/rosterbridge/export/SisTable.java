package org.rosterbridge.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of an SIS extract (one CSV per table, or one database table each), with their columns in
 * the order the model reads them. docs/sis-schema.md describes each column.
 */
enum SisTable {
    DISTRICT("district", true, false, "district_id", "name", "state", "beds_code", "current_year"),
    SCHOOLS(
            "schools",
            true,
            false,
            "school_id",
            "name",
            "type",
            "beds_code",
            "summer_school",
            "contact_name",
            "street_number",
            "street_name",
            "city",
            "state",
            "zip",
            "phone"),
    SCHOOL_GRADES("school_grades", false, false, "school_id", "grade", "sort_order"),
    STUDENTS(
            "students",
            true,
            true,
            "student_id",
            "active",
            "id_number",
            "state_id",
            "integration_id",
            "last_name",
            "middle_name",
            "first_name",
            "gender",
            "graduation_year",
            "dob",
            "race",
            "hispanic",
            "language",
            "current_school_id",
            "current_grade",
            "scheduling_school_id",
            "scheduling_grade",
            "summer_school_id",
            "street_number",
            "street_suffix",
            "street_name",
            "city",
            "state",
            "zip",
            "email"),
    STUDENT_STATUSES("student_statuses", false, true, "student_id", "code", "start_date", "end_date"),
    SPECIAL_ED_STATUSES("special_ed_statuses", false, true, "student_id", "code", "start_date", "end_date"),
    MEAL_STATUSES("meal_statuses", false, true, "student_id", "code", "start_date", "end_date"),
    FUNDING_SOURCES("funding_sources", false, true, "student_id", "code", "start_date", "end_date"),
    PROGRAM_SERVICES("program_services", false, true, "student_id", "code", "start_date", "end_date"),
    STUDENT_GROUPS("student_groups", false, true, "student_id", "code", "start_date", "end_date"),
    GUARDIANS(
            "guardians",
            false,
            true,
            "student_id",
            "person_id",
            "relationship",
            "priority",
            "correspondence",
            "custodial_parent"),
    ENROLLMENTS("enrollments", true, true, "student_id", "class_id"),
    PEOPLE("people", false, false, "person_id", "first_name", "last_name"),
    PERSON_PHONES("person_phones", false, false, "person_id", "phone", "priority"),
    PERSON_EMAILS("person_emails", false, false, "person_id", "email", "primary_email", "sequence"),
    STAFF(
            "staff",
            true,
            false,
            "staff_id",
            "active",
            "first_name",
            "middle_name",
            "last_name",
            "state_id",
            "email",
            "alternate_email",
            "integration_id",
            "department",
            "username"),
    STAFF_TYPES("staff_types", false, false, "staff_id", "type"),
    STAFF_SCHOOLS("staff_schools", false, false, "staff_id", "school_id"),
    USER_ACCOUNTS("user_accounts", false, false, "username", "primary_staff_id"),
    CLASSES(
            "classes",
            true,
            false,
            "class_id",
            "school_id",
            "school_year",
            "course_name",
            "course_number",
            "course_description",
            "subject",
            "section",
            "summer"),
    SEMESTERS("semesters", false, false, "semester_id", "school_id", "school_year", "name", "start_date", "end_date"),
    CLASS_SEMESTERS("class_semesters", false, false, "class_id", "semester_id"),
    MEETING_TIMES(
            "meeting_times",
            true,
            false,
            "meeting_id",
            "class_id",
            "sequence",
            "teacher_id",
            "from_period",
            "to_period"),
    CO_TEACHERS("co_teachers", false, false, "meeting_id", "staff_id", "sequence", "start_date", "end_date"),
    TIME_EQUIVALENCIES("time_equivalencies", false, false, "school_id", "from_period", "to_period", "name");

    private final String tableName;
    private final boolean required;
    private final boolean studentOrdered;
    private final List<String> columns;
    private final Map<String, Integer> positions;

    SisTable(String tableName, boolean required, boolean studentOrdered, String... columns) {
        this.tableName = tableName;
        this.required = required;
        this.studentOrdered = studentOrdered;
        this.columns = List.of(columns);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            byName.put(columns[i], i);
        }
        this.positions = Map.copyOf(byName);
    }

    /** The database table name; the extract file is this name plus {@code .csv}. */
    String tableName() {
        return tableName;
    }

    String fileName() {
        return tableName + ".csv";
    }

    /** Whether an extract without this table is unusable; a missing optional table reads as empty. */
    boolean required() {
        return required;
    }

    /**
     * Whether the table must be listed in {@code student_id} order: the export walks these tables side by
     * side, one student at a time, so that a district of a million students never sits in memory.
     */
    boolean studentOrdered() {
        return studentOrdered;
    }

    List<String> columns() {
        return columns;
    }

    int column(String name) {
        Integer index = positions.get(name);
        if (index == null) {
            throw new IllegalArgumentException(tableName + " has no column " + name);
        }
        return index;
    }
}
