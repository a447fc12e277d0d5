package org.rosterbridge.clever.csv;

/**
 * The record being checked: its line, its values in canonical order, and where each column sits in the
 * file, so that any check can report a problem located to the cell. Every message starts with the row's
 * subject, named by id only (never by name, e-mail or date of birth). Reused from row to row.
 */
final class RowContext {

    private final Binding binding;
    private final Problems problems;
    private long line;
    private String[] values = new String[0];

    RowContext(Binding binding, Problems problems) {
        this.binding = binding;
        this.problems = problems;
    }

    void start(long line, String[] values) {
        this.line = line;
        this.values = values;
    }

    CleverFile file() {
        return binding.file();
    }

    long line() {
        return line;
    }

    Binding binding() {
        return binding;
    }

    String value(Column column) {
        return values[column.ordinal()];
    }

    String[] values() {
        return values;
    }

    /** Reports a problem in {@code column}'s cell of this row. */
    void report(Rule rule, Column column, String message) {
        reportAt(rule, binding.position(column), message);
    }

    /** Reports a problem in the cell at {@code position} (from 1; 0 for the whole row). */
    void reportAt(Rule rule, int position, String message) {
        problems.add(binding.file(), line, position, rule, subject() + ": " + message);
    }

    /** The row's subject by id, e.g. {@code student "S1"}. */
    String subject() {
        return switch (binding.file()) {
            case SCHOOLS -> named("school", SchoolColumn.SCHOOL_ID);
            case TEACHERS -> named("teacher", TeacherColumn.TEACHER_ID);
            case STAFF -> named("staff member", StaffColumn.STAFF_ID);
            case STUDENTS -> named("student", StudentColumn.STUDENT_ID);
            case SECTIONS -> named("section", SectionColumn.SECTION_ID);
            case ENROLLMENTS ->
                "enrollment of " + named("student", EnrollmentColumn.STUDENT_ID) + " in "
                        + named("section", EnrollmentColumn.SECTION_ID);
        };
    }

    private String named(String noun, Column id) {
        String value = value(id);
        return value.isEmpty() ? noun + " without " + id.header() : noun + " " + quoted(value);
    }

    static String quoted(String id) {
        return "\"" + id + "\"";
    }
}
