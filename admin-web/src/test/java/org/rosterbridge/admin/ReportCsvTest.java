package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    static Runs.Run run(String status, long archived, Instant started) {
        return new Runs.Run(
                "run-1",
                "d1",
                1,
                "Maple",
                status,
                "full",
                started,
                Duration.ofSeconds(3),
                List.of(
                        new Runs.TypeCounts("schools", 0, 1, 0, 0, 4, 0),
                        new Runs.TypeCounts("users", 2, 3, archived, 1, 40, 5)),
                List.of("archive 12 of 50 users (24.0%) > 10%"),
                List.of("=cmd, \"quoted\""));
    }

    @Test
    void writesCountsReasonsAndWarningsAsTheGoldenFileHasThem() throws IOException {
        String csv = ReportCsv.of(run("held", 12, Instant.parse("2026-11-23T01:00:00Z")));

        Path golden = Path.of("src/test/resources/golden/run-report.csv");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, csv, StandardCharsets.UTF_8);
        }
        assertThat(csv).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void defusesFormulasAndQuotesSeparators() {
        assertThat(ReportCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ReportCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void drawsOneBarPerRunScaledToTheLargest() {
        String svg = Chart.svg(List.of(
                run("applied", 0, Instant.parse("2026-11-23T01:00:00Z")),
                run("held", 100, Instant.parse("2026-11-22T01:00:00Z"))));

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("class=\"bar\"", -1)).hasSize(3);
        assertThat(svg).contains("#a86b00", "#1e7b4a", ">112<", "Nov 22", "Nov 23");
    }
}
