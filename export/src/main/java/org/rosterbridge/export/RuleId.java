package org.rosterbridge.export;

/**
 * The export's business rules (seed 004), each stated in docs/export-rules.md and tested by a method named
 * after it ({@code student-grade} → {@code studentGrade()}). Ids appear in report messages.
 */
enum RuleId {
    OUTPUT_FORMAT("output-format"),
    SCHOOL_SELECTION("school-selection"),
    SCHOOL_DISTRICT_ROW("school-district-row"),
    SCHOOL_NUMBER("school-number"),
    SCHOOL_GRADE_RANGE("school-grade-range"),
    SCHOOL_FIELDS("school-fields"),
    STUDENT_ACTIVE("student-active"),
    STUDENT_SCHOOL("student-school"),
    STUDENT_GRADE("student-grade"),
    STUDENT_IDENTITY("student-identity"),
    STUDENT_GENDER("student-gender"),
    STUDENT_DOB("student-dob"),
    STUDENT_RACE("student-race"),
    STUDENT_HISPANIC("student-hispanic"),
    STUDENT_LANGUAGE("student-language"),
    STATUS_END_DATE("status-end-date"),
    STUDENT_ELL("student-ell"),
    STUDENT_FRL("student-frl"),
    STUDENT_IEP("student-iep"),
    STUDENT_ADDRESS("student-address"),
    GUARDIAN_SELECTION("guardian-selection"),
    GUARDIAN_CONTACT("guardian-contact"),
    GUARDIAN_PHONE("guardian-phone"),
    GUARDIAN_EMAIL("guardian-email"),
    STUDENT_FILTERS("student-filters"),
    STUDENT_STATUS_FILTERS("student-status-filters"),
    TEACHER_SELECTION("teacher-selection"),
    TEACHER_STATUS_FILTER("teacher-status-filter"),
    TEACHER_FIELDS("teacher-fields"),
    STAFF_PRIMARY_USER("staff-primary-user"),
    STAFF_ALTERNATE_EMAIL("staff-alternate-email"),
    SECTION_SELECTION("section-selection"),
    SECTION_STATUS_FILTER("section-status-filter"),
    SECTION_TEACHER("section-teacher"),
    SECTION_CO_TEACHERS("section-co-teachers"),
    SECTION_NAME("section-name"),
    SECTION_COURSE("section-course"),
    SECTION_PERIOD("section-period"),
    SECTION_TERM("section-term"),
    ENROLLMENT_SELECTION("enrollment-selection"),
    ENROLLMENT_SUMMER_IGNORED("enrollment-summer-ignored"),
    STAFF_IMPORT_TYPE("staff-import-type"),
    STAFF_SELECTION("staff-selection"),
    STAFF_CLEVER_ADMIN("staff-clever-admin"),
    STAFF_ID("staff-id"),
    STAFF_TITLE("staff-title"),
    STAFF_FIELDS("staff-fields"),
    SUMMER_ONLY_SCHOOLS("summer-only-schools"),
    SUMMER_ONLY_STUDENTS("summer-only-students"),
    SUMMER_ONLY_TEACHERS("summer-only-teachers"),
    SUMMER_ONLY_CLASSES("summer-only-classes"),
    SUMMER_ONLY_STAFF("summer-only-staff"),
    SUMMER_FROM_CURRENT_YEAR("summer-from-current-year");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
