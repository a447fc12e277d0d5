package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.csv.Problem;
import org.rosterbridge.clever.csv.Rule;
import org.rosterbridge.clever.csv.ValidationReport;

/** How the validator's verdict on the staged files becomes the export's problems. */
class PreflightTest {

    private static Problem warning(String file, long line, Rule rule) {
        return new Problem(file, line, 3, rule, "row " + line);
    }

    @Test
    void sumsWarningsPerFileAndRuleAndSaysWhenTheValidatorListedOnlySome() {
        ValidationReport report = new ValidationReport(
                List.of(
                        warning("schools.csv", 2, Rule.VALUE_NORMALISED),
                        warning("students.csv", 2, Rule.VALUE_NORMALISED),
                        warning("students.csv", 3, Rule.VALUE_NORMALISED),
                        warning("students.csv", 3, Rule.VALUE_UNKNOWN)),
                0,
                25_000,
                Map.of());
        Problems problems = new Problems();

        Preflight.check(report, problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.warnings())
                .extracting(ExportProblem::toString)
                .containsExactly(
                        "schools.csv:2:3 preflight:value-normalised 1 like this: row 2",
                        "students.csv:2:3 preflight:value-normalised 2 like this: row 2",
                        "students.csv:3:3 preflight:value-unknown 1 like this: row 3",
                        "export preflight 25000 validator warnings in all; the counts above are of the first 10000"
                                + " problems it lists");
    }

    @Test
    void everyValidatorErrorStopsDeliveryWithItsPosition() {
        ValidationReport report = new ValidationReport(
                List.of(new Problem(
                        "sections.csv", 2, 3, Rule.REF_UNKNOWN_TEACHER, "teacher T9 is not in teachers.csv")),
                1,
                0,
                Map.of());
        Problems problems = new Problems();

        Preflight.check(report, problems);

        assertThat(problems.errors())
                .extracting(ExportProblem::toString)
                .containsExactly("sections.csv:2:3 preflight:ref-unknown-teacher teacher T9 is not in teachers.csv");
        assertThat(problems.warnings()).isEmpty();
    }
}
