package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeValidDistrict() throws IOException {
        write("schools.csv", "School_id,School_name,School_number\nSCH1,North,101\n");
        write("teachers.csv", "School_id,Teacher_id,First_name,Last_name\nSCH1,T1,Ada,Lovelace\n");
        write("students.csv", "School_id,Student_id,Last_name,First_name\nSCH1,S1,Doe,Jane\nSCH1,S2,Roe,Rick\n");
        write("sections.csv", "School_id,Section_id,Teacher_id\nSCH1,SEC1,T1\n");
        write("enrollments.csv", "School_id,Section_id,Student_id\nSCH1,SEC1,S1\nSCH1,SEC1,S2\n");
    }

    @Test
    void exitsZeroAndSummarisesAValidDirectory() {
        int code = run("validate", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .isEqualTo("valid: 0 errors, 0 warnings; schools.csv 1 row, 0 errors, 0 warnings;"
                        + " teachers.csv 1 row, 0 errors, 0 warnings; staff.csv absent;"
                        + " students.csv 2 rows, 0 errors, 0 warnings; sections.csv 1 row, 0 errors, 0 warnings;"
                        + " enrollments.csv 2 rows, 0 errors, 0 warnings" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void exitsZeroWhenThereAreOnlyWarnings() throws IOException {
        write(
                "students.csv",
                "School_id,Student_id,Last_name,First_name,Gender\nSCH1,S1,Doe,Jane,female\nSCH1,S2,Roe,Rick,M\n");

        int code = run("validate", dir.toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .startsWith("students.csv:2:5 value-normalised warning student \"S1\":")
                .contains("valid: 0 errors, 1 warning;");
    }

    @Test
    void printsEveryProblemAndExitsOneOnErrors() throws IOException {
        write(
                "students.csv",
                "School_id,Student_id,Last_name,First_name\nSCH1,S1,Doe,Jane\nSCH1,S2,Roe,Rick\nSCH1,S2,Roe,Rick\n");
        write("enrollments.csv", "School_id,Section_id,Student_id\nSCH1,SEC1,S1\nSCH1,SEC9,S2\n");

        int code = run("validate", dir.toString());

        assertThat(code).isOne();
        assertThat(out.toString().lines())
                .containsExactly(
                        "students.csv:4:2 id-duplicate error student \"S2\": the same row appears again (first row at line 3)",
                        "enrollments.csv:3:2 ref-unknown-section error enrollment of student \"S2\" in section \"SEC9\":"
                                + " Section_id \"SEC9\" is not in sections.csv",
                        "invalid: 2 errors, 0 warnings; schools.csv 1 row, 0 errors, 0 warnings;"
                                + " teachers.csv 1 row, 0 errors, 0 warnings; staff.csv absent;"
                                + " students.csv 3 rows, 1 error, 0 warnings; sections.csv 1 row, 0 errors, 0 warnings;"
                                + " enrollments.csv 2 rows, 1 error, 0 warnings");
    }

    @Test
    void printsOneJsonObjectWithFormatJson() throws IOException {
        write("enrollments.csv", "School_id,Section_id,Student_id\nSCH1,SEC1,S1\nSCH1,SEC1,S9\n");

        int code = run("validate", dir.toString(), "--format", "json");

        assertThat(code).isOne();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("errors").asLong()).isOne();
        assertThat(json.get("warnings").asLong()).isZero();
        JsonNode problem = json.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("enrollments.csv");
        assertThat(problem.get("line").asLong()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isEqualTo(3);
        assertThat(problem.get("rule").asText()).isEqualTo("ref-unknown-student");
        assertThat(problem.get("severity").asText()).isEqualTo("error");
        assertThat(problem.get("message").asText()).contains("\"S9\" is not in students.csv");
        JsonNode enrollments = json.get("files").get("enrollments.csv");
        assertThat(enrollments.get("rows").asLong()).isEqualTo(2);
        assertThat(enrollments.get("errors").asLong()).isOne();
        assertThat(enrollments.get("warnings").asLong()).isZero();
        assertThat(json.get("files").get("staff.csv").get("present").asBoolean())
                .isFalse();
    }

    @Test
    void exitsTwoForADirectoryThatIsNotThere() {
        int code = run("validate", dir.resolve("missing").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("is not a readable directory");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsTwoForAnUnknownFormat() {
        int code = run("validate", dir.toString(), "--format", "xml");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--format must be text or json");
    }

    @Test
    void exitsTwoWithoutADirectory() {
        int code = run("validate");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("DIR");
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
