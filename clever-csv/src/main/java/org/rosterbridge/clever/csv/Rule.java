package org.rosterbridge.clever.csv;

/**
 * Every check the reader makes, each with a stable id that appears in reports and in
 * docs/validation-rules.md, and one test named after it.
 */
public enum Rule {
    FILE_MISSING("file-missing", Severity.ERROR, "a required file is not in the upload"),
    FILE_EMPTY("file-empty", Severity.ERROR, "a required file is empty: no header row"),
    FILE_HEADER_ONLY("file-header-only", Severity.ERROR, "a required file has a header but no rows"),
    OPTIONAL_FILE_HEADER_ONLY(
            "optional-file-header-only", Severity.WARNING, "an optional file (staff.csv) has no rows, or is empty"),
    ENCODING_INVALID("encoding-invalid", Severity.ERROR, "a file is not valid UTF-8"),
    CSV_MALFORMED("csv-malformed", Severity.ERROR, "a record cannot be parsed as CSV"),
    ROW_FIELD_COUNT(
            "row-field-count", Severity.ERROR, "a record has a different number of fields from the header; skipped"),
    HEADER_MISSING_COLUMN("header-missing-column", Severity.ERROR, "a required column is absent"),
    HEADER_SCHOOL_NUMBER_MISSING(
            "header-school-number-missing", Severity.WARNING, "schools.csv predates School_number"),
    HEADER_CASE(
            "header-case",
            Severity.WARNING,
            "a header differs from Clever's only in letter case or surrounding spaces"),
    HEADER_UNKNOWN_COLUMN("header-unknown-column", Severity.WARNING, "a column Clever does not define; ignored"),
    HEADER_DUPLICATE_COLUMN("header-duplicate-column", Severity.ERROR, "a column appears twice in the header"),
    VALUE_REQUIRED("value-required", Severity.ERROR, "a required column is empty"),
    ID_DUPLICATE("id-duplicate", Severity.ERROR, "an id, or a row, appears twice where it must be unique"),
    STUDENT_ROWS_CONFLICT(
            "student-rows-conflict", Severity.ERROR, "repeated rows of one student disagree on student columns"),
    ENROLLMENT_DUPLICATE("enrollment-duplicate", Severity.WARNING, "the same student is enrolled twice in a section"),
    REF_UNKNOWN_SCHOOL("ref-unknown-school", Severity.ERROR, "a School_id not in schools.csv"),
    REF_UNKNOWN_TEACHER("ref-unknown-teacher", Severity.ERROR, "a section teacher not in teachers.csv"),
    REF_UNKNOWN_SECTION("ref-unknown-section", Severity.ERROR, "an enrollment's section not in sections.csv"),
    REF_UNKNOWN_STUDENT("ref-unknown-student", Severity.ERROR, "an enrollment's student not in students.csv"),
    ENROLLMENT_SCHOOL_MISMATCH(
            "enrollment-school-mismatch", Severity.WARNING, "an enrollment's School_id is not its section's school"),
    SECTION_TOO_MANY_TEACHERS("section-too-many-teachers", Severity.ERROR, "a section lists more than 10 teachers"),
    SECTION_TEACHER_REPEATED(
            "section-teacher-repeated", Severity.WARNING, "a section lists the same teacher twice; kept once"),
    DATE_UNPARSEABLE("date-unparseable", Severity.ERROR, "a date in none of the accepted forms"),
    DATE_TWO_DIGIT_YEAR("date-two-digit-year", Severity.WARNING, "a date with a two-digit year; century guessed"),
    TERM_DATES_REVERSED("term-dates-reversed", Severity.ERROR, "a term ends before it starts"),
    VALUE_NORMALISED(
            "value-normalised", Severity.WARNING, "a value spelled differently from Clever's list; normalised"),
    VALUE_UNKNOWN("value-unknown", Severity.WARNING, "a value not in Clever's list for its column; kept as is");

    private final String id;
    private final Severity severity;
    private final String summary;

    Rule(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The stable id used in reports, docs and test names. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line saying what the rule checks. */
    public String summary() {
        return summary;
    }
}
