package org.rosterbridge.clever.csv;

/**
 * One finding of validation, located to the cell. Messages carry ids and positions only, never names,
 * e-mail addresses or dates of birth.
 *
 * @param file the file name, e.g. {@code students.csv}
 * @param line the line, from 1; 0 when the problem concerns the whole file
 * @param column the column position in the file as uploaded, from 1; 0 when the problem is not about one column
 * @param rule the rule that found it
 * @param message what is wrong and what was expected, naming ids but no personal data
 */
public record Problem(String file, long line, int column, Rule rule, String message) {

    public Severity severity() {
        return rule.severity();
    }

    /** {@code file:line:column rule-id severity message}, the form every report prints. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + " " + rule.id() + " "
                + severity().word() + " " + message;
    }
}
