package org.rosterbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void generatesAndValidatesASmallDistrictTwice(@TempDir Path dir) {
        for (int run = 0; run < 2; run++) {
            StringWriter out = new StringWriter();
            int code = Main.run(
                    new String[] {"demo", "--dir", dir.toString(), "--students", "300"},
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));

            assertThat(code).isZero();
            assertThat(out.toString())
                    .contains("generated a district of 300 students")
                    .contains("valid, 0 errors");
        }
        assertThat(dir.resolve("district/students.csv")).exists();
    }
}
