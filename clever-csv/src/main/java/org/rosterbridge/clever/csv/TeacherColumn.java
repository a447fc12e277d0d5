package org.rosterbridge.clever.csv;

/** The columns of {@code teachers.csv} in Clever's canonical order. */
public enum TeacherColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    TEACHER_ID("Teacher_id", true, ColumnKind.ID),
    TEACHER_NUMBER("Teacher_number", false, ColumnKind.TEXT),
    STATE_TEACHER_ID("State_teacher_id", false, ColumnKind.TEXT),
    TEACHER_EMAIL("Teacher_email", false, ColumnKind.EMAIL),
    FIRST_NAME("First_name", true, ColumnKind.TEXT),
    MIDDLE_NAME("Middle_name", false, ColumnKind.TEXT),
    LAST_NAME("Last_name", true, ColumnKind.TEXT),
    TITLE("Title", false, ColumnKind.TEXT),
    USERNAME("Username", false, ColumnKind.TEXT),
    PASSWORD("Password", false, ColumnKind.TEXT);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    TeacherColumn(String header, boolean required, ColumnKind kind) {
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
        return CleverFile.TEACHERS;
    }
}
