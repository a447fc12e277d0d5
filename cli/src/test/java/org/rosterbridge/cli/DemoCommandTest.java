package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void runsTheWholeChainTwiceOnTheSameDirectory(@TempDir Path dir) {
        String first = demo(dir);
        String second = demo(dir);

        assertThat(first)
                .contains("generated a district of 300 students")
                .contains("valid, 0 errors")
                .contains("the hub serves it at http://localhost:")
                .contains("synced it over HTTP")
                .contains(" applied  full sync")
                .containsPattern("5\\. the admin UI is up with the district connected: http://localhost:\\d+/login")
                .containsPattern("user admin, password [A-Za-z0-9_-]{16}\\n");
        assertThat(second).contains(" applied ").containsPattern("district: http://localhost:\\d+/districts/\\d+\n");
        assertThat(dir.resolve("district/students.csv")).exists();
    }

    private static String demo(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "demo", "--dir", dir.toString(), "--students", "300", "--port", "0", "--ui-port", "0", "--no-serve"
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        return out.toString();
    }
}
