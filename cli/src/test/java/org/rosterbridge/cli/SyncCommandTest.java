package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    String db() {
        return "jdbc:h2:file:" + dir.resolve("app") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    @Test
    void failedRunEndsWithAJsonReportAndNeverPrintsTheToken() {
        Result r = run(
                "sync",
                "--api",
                "http://127.0.0.1:9",
                "--token",
                "secret-district-token",
                "--db",
                db(),
                "--format",
                "json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lastLine())
                .startsWith("{")
                .contains("\"status\":\"failed\"", "\"run_id\":", "\"counts\":", "\"totals\":");
        assertThat(r.out() + r.err()).doesNotContain("secret-district-token");
    }

    @Test
    void syncsAGeneratedDistrictFromTheSandboxAndEndsWithTheJsonReport() {
        Path district = dir.resolve("district");
        org.rosterbridge.generator.DistrictGenerator.generate(
                new org.rosterbridge.generator.GeneratorSettings(100, 1), district);
        try (var d =
                org.rosterbridge.sandbox.Sandbox.start(district, org.rosterbridge.sandbox.SandboxSettings.defaults())) {
            Result r = run(
                    "sync", "--api", d.baseUrl().toString(), "--token", d.token(), "--db", db(), "--format", "json");

            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.lastLine())
                    .contains(
                            "\"status\":\"applied\"",
                            "\"mode\":\"full\"",
                            "\"students\":100",
                            "\"users\":{\"created\":");
            assertThat(r.out() + r.err()).doesNotContain(d.token());

            Result again = run(
                    "sync", "--api", d.baseUrl().toString(), "--token", d.token(), "--db", db(), "--format", "json");
            assertThat(again.lastLine()).contains("\"mode\":\"events\"", "\"status\":\"applied\"");
        }
    }

    @Test
    void refusesToRunWithoutAToken() {
        Result r = run("sync", "--db", db());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--token");
    }

    @Test
    void refusesAnUnknownApiVersion() {
        assertThat(run("sync", "--token", "t", "--api-version", "v9", "--db", db())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void importsLocalRecordsForLaterMatching() throws IOException {
        Path csv = dir.resolve("local.csv");
        Files.writeString(
                csv, "type,district,sis_id,first_name,last_name\nstudent,Old ISD,S1,A,B\nteacher,Old ISD,T1,C,D\n");

        Result r = run("local", "import", csv.toString(), "--db", db());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("imported 2 local record(s)");
    }

    @Test
    void readsSettingsFromAConfigFileAndTheCommandLineWins() throws IOException {
        Path config = dir.resolve("sync.properties");
        String fromFile = "jdbc:h2:file:" + dir.resolve("from-file") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Files.writeString(
                config,
                "sync.api=http://127.0.0.1:9\nsync.mode=full\nsync.match.teacher=sis_id, email\n"
                        + "sync.full-every=12h\ndb.url=" + fromFile.replace(":", "\\:") + "\n");

        Result fileOnly = run("sync", "--config", config.toString(), "--token", "t", "--format", "json");
        Result overridden =
                run("sync", "--config", config.toString(), "--token", "t", "--format", "json", "--db", db());

        assertThat(fileOnly.lastLine()).contains("\"status\":\"failed\"");
        assertThat(dir.resolve("from-file.mv.db")).exists();
        assertThat(overridden.lastLine()).contains("\"status\":\"failed\"");
        assertThat(dir.resolve("app.mv.db")).exists();
    }

    @Test
    void refusesAConfigFileWithAnUnknownKey() throws IOException {
        Path config = dir.resolve("sync.properties");
        Files.writeString(config, "sync.brake.archive-pct=5\n");

        Result r = run("sync", "--config", config.toString(), "--token", "t", "--db", db());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("sync.brake.archive-pct");
    }
}
