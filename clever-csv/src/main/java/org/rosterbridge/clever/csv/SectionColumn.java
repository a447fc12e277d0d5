package org.rosterbridge.clever.csv;

/** The columns of {@code sections.csv} in Clever's canonical order. */
public enum SectionColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    SECTION_ID("Section_id", true, ColumnKind.ID),
    TEACHER_ID("Teacher_id", true, ColumnKind.ID),
    TEACHER_2_ID("Teacher_2_id", false, ColumnKind.ID),
    TEACHER_3_ID("Teacher_3_id", false, ColumnKind.ID),
    TEACHER_4_ID("Teacher_4_id", false, ColumnKind.ID),
    TEACHER_5_ID("Teacher_5_id", false, ColumnKind.ID),
    TEACHER_6_ID("Teacher_6_id", false, ColumnKind.ID),
    TEACHER_7_ID("Teacher_7_id", false, ColumnKind.ID),
    TEACHER_8_ID("Teacher_8_id", false, ColumnKind.ID),
    TEACHER_9_ID("Teacher_9_id", false, ColumnKind.ID),
    TEACHER_10_ID("Teacher_10_id", false, ColumnKind.ID),
    NAME("Name", false, ColumnKind.TEXT),
    SECTION_NUMBER("Section_number", false, ColumnKind.TEXT),
    GRADE("Grade", false, ColumnKind.GRADE),
    COURSE_NAME("Course_name", false, ColumnKind.TEXT),
    COURSE_NUMBER("Course_number", false, ColumnKind.TEXT),
    COURSE_DESCRIPTION("Course_description", false, ColumnKind.TEXT),
    PERIOD("Period", false, ColumnKind.TEXT),
    SUBJECT("Subject", false, ColumnKind.SUBJECT),
    TERM_NAME("Term_name", false, ColumnKind.TEXT),
    TERM_START("Term_start", false, ColumnKind.DATE),
    TERM_END("Term_end", false, ColumnKind.DATE);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    SectionColumn(String header, boolean required, ColumnKind kind) {
        this.header = header;
        this.required = required;
        this.kind = kind;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public ColumnKind kind() {
        return kind;
    }

    @Override
    public CleverFile file() {
        return CleverFile.SECTIONS;
    }
}
