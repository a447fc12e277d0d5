package org.rosterbridge.clever.csv;

/** The columns of {@code enrollments.csv} in Clever's canonical order. */
public enum EnrollmentColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    SECTION_ID("Section_id", true, ColumnKind.ID),
    STUDENT_ID("Student_id", true, ColumnKind.ID);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    EnrollmentColumn(String header, boolean required, ColumnKind kind) {
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
        return CleverFile.ENROLLMENTS;
    }
}
