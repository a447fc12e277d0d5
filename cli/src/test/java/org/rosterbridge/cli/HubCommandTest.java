package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeDistrict() throws IOException {
        write("schools.csv", "School_id,School_name,School_number\nSCH1,North,101\n");
        write("teachers.csv", "School_id,Teacher_id,First_name,Last_name\nSCH1,T1,Ada,Lovelace\n");
        write(
                "students.csv",
                "School_id,Student_id,Last_name,First_name\nSCH1,S1,Doe,Jane\nSCH1,S2,Roe,Rick\nSCH1,S3,Poe,Pat\n");
        write("sections.csv", "School_id,Section_id,Teacher_id\nSCH1,SEC1,T1\n");
        write("enrollments.csv", "School_id,Section_id,Student_id\nSCH1,SEC1,S1\nSCH1,SEC1,S2\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void ingestsOnceAndStopsWhenAsked() {
        int code = run("hub", "--data", dir.toString(), "--port", "0", "--stop-after-ingest");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("served snapshot: 1", "upload 1: published, 0 errors");
    }

    @Test
    void failsWhenTheOnlyUploadIsRejected() throws IOException {
        write("enrollments.csv", "School_id,Section_id,Student_id\nSCH1,SEC9,S1\n");

        int code = run("hub", "--data", dir.toString(), "--port", "0", "--stop-after-ingest");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("served snapshot: 0", "upload 1: rejected, 1 errors");
    }

    @Test
    void approvesAndDiscardsHeldUploadsAndListsThem() throws IOException {
        run("hub", "--data", dir.toString(), "--port", "0", "--stop-after-ingest");
        write("students.csv", "School_id,Student_id,Last_name,First_name\nSCH1,S1,Doe,Jane\nSCH1,S2,Roe,Rick\n");
        run("hub", "--data", dir.toString(), "--port", "0", "--stop-after-ingest");
        assertThat(out.toString()).contains("upload 2: held", "would delete 1 of 3 students");

        assertThat(run("hub", "approve", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("approved snapshot 2");
        assertThat(run("hub", "discard", "--data", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no snapshot is held");

        assertThat(run("hub", "status", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("served snapshot: 2", "upload 2: published", "upload 1: published");
    }

    @Test
    void refusesBadOptionsAsUsageErrors() {
        assertThat(run("hub", "--data", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a directory");
        assertThat(run("hub", "--data", dir.toString(), "--quiet-period", "soon"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--quiet-period");
        assertThat(run("hub", "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("port");
        assertThat(run("hub")).isEqualTo(2);
        assertThat(err.toString()).contains("--data");
    }

    @Test
    void takesTheSftpPasswordFromAFileOrTheEnvironmentNeverFromAnOption() throws IOException {
        Path file = Files.writeString(dir.resolve("sftp.password"), "  s3cret \nsecond line\n");
        Map<String, String> env = Map.of(HubCommand.SFTP_PASSWORD_ENV, "from-env");

        assertThat(HubCommand.sftpPassword(file.toString(), env))
                .as("the file wins")
                .isEqualTo("s3cret");
        assertThat(HubCommand.sftpPassword("", env)).isEqualTo("from-env");
        assertThat(HubCommand.sftpPassword("", Map.of()))
                .as("the hub generates one")
                .isEmpty();
        assertThat(run("hub", "--data", dir.toString(), "--sftp-password", "s3cret", "--stop-after-ingest"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--sftp-password");
    }

    @Test
    void refusesAnUnreadableOrEmptySftpPasswordFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.password"), "\n");

        assertThat(run(
                        "hub",
                        "--data",
                        dir.toString(),
                        "--sftp-password-file",
                        dir.resolve("nope").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("cannot read --sftp-password-file");
        assertThat(run("hub", "--data", dir.toString(), "--sftp-password-file", empty.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("has no password on its first line");
        assertThat(err.toString()).doesNotContain("s3cret");
    }

    @Test
    void servesSftpWithThePasswordFromTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("sftp.password"), "s3cret\n");

        int code = run(
                "hub",
                "--data",
                dir.toString(),
                "--port",
                "0",
                "--sftp-port",
                "0",
                "--sftp-password-file",
                file.toString(),
                "--stop-after-ingest");

        assertThat(code).isZero();
        assertThat(out.toString() + err.toString()).doesNotContain("s3cret");
    }

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(Durations.parse("30s")).contains(java.time.Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).contains(java.time.Duration.ofMinutes(5));
        assertThat(Durations.parse("30d")).contains(java.time.Duration.ofDays(30));
        assertThat(Durations.parse("90")).contains(java.time.Duration.ofSeconds(90));
        assertThat(Durations.parse("PT2H")).contains(java.time.Duration.ofHours(2));
        assertThat(Durations.parse("later")).isEmpty();
    }
}
