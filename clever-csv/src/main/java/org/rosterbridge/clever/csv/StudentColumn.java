package org.rosterbridge.clever.csv;

/** The columns of {@code students.csv} in Clever's canonical order. */
public enum StudentColumn implements Column {
    SCHOOL_ID("School_id", true, ColumnKind.ID),
    STUDENT_ID("Student_id", true, ColumnKind.ID),
    STUDENT_NUMBER("Student_number", false, ColumnKind.TEXT),
    STATE_ID("State_id", false, ColumnKind.TEXT),
    LAST_NAME("Last_name", true, ColumnKind.TEXT),
    MIDDLE_NAME("Middle_name", false, ColumnKind.TEXT),
    FIRST_NAME("First_name", true, ColumnKind.TEXT),
    GRADE("Grade", false, ColumnKind.GRADE),
    GENDER("Gender", false, ColumnKind.GENDER),
    GRADUATION_YEAR("Graduation_year", false, ColumnKind.TEXT),
    DOB("DOB", false, ColumnKind.DATE),
    RACE("Race", false, ColumnKind.RACE),
    HISPANIC_LATINO("Hispanic_Latino", false, ColumnKind.YES_NO),
    HOME_LANGUAGE("Home_language", false, ColumnKind.LANGUAGE),
    ELL_STATUS("Ell_status", false, ColumnKind.YES_NO),
    FRL_STATUS("Frl_status", false, ColumnKind.FRL),
    IEP_STATUS("IEP_status", false, ColumnKind.TEXT),
    STUDENT_STREET("Student_street", false, ColumnKind.TEXT),
    STUDENT_CITY("Student_city", false, ColumnKind.TEXT),
    STUDENT_STATE("Student_state", false, ColumnKind.TEXT),
    STUDENT_ZIP("Student_zip", false, ColumnKind.TEXT),
    STUDENT_EMAIL("Student_email", false, ColumnKind.EMAIL),
    CONTACT_RELATIONSHIP("Contact_relationship", false, ColumnKind.RELATIONSHIP),
    CONTACT_TYPE("Contact_type", false, ColumnKind.CONTACT_TYPE),
    CONTACT_NAME("Contact_name", false, ColumnKind.TEXT),
    CONTACT_PHONE("Contact_phone", false, ColumnKind.TEXT),
    CONTACT_PHONE_TYPE("Contact_phone_type", false, ColumnKind.PHONE_TYPE),
    CONTACT_EMAIL("Contact_email", false, ColumnKind.EMAIL),
    CONTACT_SIS_ID("Contact_sis_id", false, ColumnKind.ID),
    USERNAME("Username", false, ColumnKind.TEXT),
    PASSWORD("Password", false, ColumnKind.TEXT),
    UNWEIGHTED_GPA("Unweighted_gpa", false, ColumnKind.TEXT),
    WEIGHTED_GPA("Weighted_gpa", false, ColumnKind.TEXT);

    private final String header;
    private final boolean required;
    private final ColumnKind kind;

    StudentColumn(String header, boolean required, ColumnKind kind) {
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
        return CleverFile.STUDENTS;
    }
}
