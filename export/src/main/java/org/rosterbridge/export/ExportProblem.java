package org.rosterbridge.export;

/**
 * One finding of an export run, located and tagged with the rule that found it. Messages name ids and
 * positions only, never a person's name, e-mail address or date of birth.
 *
 * @param location where: {@code file:line:column}, {@code file:line}, a file name or an option
 * @param rule the rule id (docs/export-rules.md, or a pre-flight / extract / delivery rule)
 * @param message what is wrong
 */
public record ExportProblem(String location, String rule, String message) {

    /** {@code location rule message}, the form every report prints. */
    @Override
    public String toString() {
        return location + " " + rule + " " + message;
    }
}
