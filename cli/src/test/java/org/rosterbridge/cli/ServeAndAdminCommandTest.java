package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sync.SyncSettings;

class ServeAndAdminCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesAndSaysHowToCreateTheFirstAdministrator() {
        Result serve = run(
                "serve",
                "--db",
                db(),
                "--port",
                "0",
                "--data",
                dir.resolve("data").toString(),
                "--no-wait");

        assertThat(serve.code).as(serve.err).isZero();
        assertThat(serve.out)
                .containsPattern("admin UI at http://127\\.0\\.0\\.1:\\d+/ \\(scheduler running\\)")
                .contains("no administrator yet: rosterbridge admin create-user");
        assertThat(dir.resolve("data/secret.key")).exists();
    }

    @Test
    void createsAnAdministratorFromAPasswordFileWithoutPrintingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "a-long-enough-password\n");

        Result created = run("admin", "create-user", "--db", db(), "--user", "ops", "--password-file", file.toString());
        Result serve = run(
                "serve",
                "--db",
                db(),
                "--port",
                "0",
                "--data",
                dir.resolve("data").toString(),
                "--no-wait");

        assertThat(created.code).as(created.err).isZero();
        assertThat(created.out).isEqualTo("administrator ops is ready\n").doesNotContain("a-long-enough-password");
        assertThat(serve.out).doesNotContain("no administrator yet");
    }

    @Test
    void refusesAShortPasswordAndTakesNoPasswordArgument() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "short\n");

        Result shortOne =
                run("admin", "create-user", "--db", db(), "--user", "ops", "--password-file", file.toString());
        Result asArgument = run("admin", "create-user", "--db", db(), "--user", "ops", "--password", "a-long-password");

        assertThat(shortOne.code).isEqualTo(1);
        assertThat(shortOne.err).contains("password: at least 12 characters");
        assertThat(asArgument.code).isEqualTo(2);
    }

    private String db() {
        return SyncSettings.h2File(dir.resolve("app").toString());
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {}
}
