package org.rosterbridge.clever.csv;

/** The columns of {@code schools.csv} in Clever's canonical order. */
public enum SchoolColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    SCHOOL_NAME("School_name", true, ColumnKind.TEXT),
    SCHOOL_NUMBER("School_number", true, ColumnKind.TEXT),
    STATE_ID("State_id", false, ColumnKind.TEXT),
    LOW_GRADE("Low_grade", false, ColumnKind.GRADE),
    HIGH_GRADE("High_grade", false, ColumnKind.GRADE),
    PRINCIPAL("Principal", false, ColumnKind.TEXT),
    PRINCIPAL_EMAIL("Principal_email", false, ColumnKind.EMAIL),
    SCHOOL_ADDRESS("School_address", false, ColumnKind.TEXT),
    SCHOOL_CITY("School_city", false, ColumnKind.TEXT),
    SCHOOL_STATE("School_state", false, ColumnKind.TEXT),
    SCHOOL_ZIP("School_zip", false, ColumnKind.TEXT),
    SCHOOL_PHONE("School_phone", false, ColumnKind.TEXT);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    SchoolColumn(String header, boolean required, ColumnKind kind) {
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
        return CleverFile.SCHOOLS;
    }
}
