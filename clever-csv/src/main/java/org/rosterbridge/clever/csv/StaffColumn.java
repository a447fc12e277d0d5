package org.rosterbridge.clever.csv;

/** The columns of {@code staff.csv} in Clever's canonical order. */
public enum StaffColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    STAFF_ID("Staff_id", true, ColumnKind.ID),
    STAFF_EMAIL("Staff_email", true, ColumnKind.EMAIL),
    FIRST_NAME("First_name", true, ColumnKind.TEXT),
    LAST_NAME("Last_name", true, ColumnKind.TEXT),
    DEPARTMENT("Department", false, ColumnKind.TEXT),
    TITLE("Title", false, ColumnKind.TEXT),
    USERNAME("Username", false, ColumnKind.TEXT),
    PASSWORD("Password", false, ColumnKind.TEXT),
    ROLE("Role", false, ColumnKind.TEXT);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    StaffColumn(String header, boolean required, ColumnKind kind) {
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
        return CleverFile.STAFF;
    }
}
