package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** A snapshot with errors is rejected whole; the good one keeps serving and the report stays readable. */
class BadUploadTest {
    @TempDir
    Path dir;

    @Test
    void neverReplacesGoodDataWithAnUploadThatHasErrors() throws Exception {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Http http = Http.of(hub);
            String before = http.get("/v3.0/users?limit=1000").body();
            Fixture.district()
                    .plus(CleverFile.ENROLLMENTS, "SCH1,SEC1,NOBODY")
                    .without(CleverFile.STUDENTS, "S5,")
                    .writeTo(dir);
            IngestResult result = hub.ingestNow();
            assertThat(result).isInstanceOfSatisfying(IngestResult.Rejected.class, rejected -> {
                assertThat(rejected.errors()).isPositive();
                assertThat(rejected.problems()).anySatisfy(p -> assertThat(p).contains("ref-unknown-student"));
            });
            assertThat(http.get("/v3.0/users?limit=1000").body()).isEqualTo(before);
            assertThat(hub.status().servedSnapshot()).isEqualTo(1);
            assertThat(http.json("/v3.0/events").path("data")).isEmpty();

            JsonNode report = Http.admin(hub).json("/admin/snapshots/" + result.snapshot() + "/report");
            assertThat(report.path("valid").asBoolean()).isFalse();
            assertThat(report.path("problems").toString()).contains("enrollments.csv", "ref-unknown-student");
            JsonNode status = Http.admin(hub).json("/admin/status");
            assertThat(status.path("rejected").get(0).path("snapshot").asInt()).isEqualTo(result.snapshot());
            Path file = dir.resolve(".hub/reports/snapshot-" + result.snapshot() + ".txt");
            assertThat(Files.readString(file)).contains("rejected", "ref-unknown-student");
        }
    }

    @Test
    void rejectsAnUploadMissingARequiredFile() throws Exception {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Files.delete(dir.resolve("sections.csv"));
            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Rejected.class);
            assertThat(Hubs.walk(Http.of(hub), "/v3.0/sections")).hasSize(5);
        }
    }

    @Test
    void startsWithNothingServedWhenTheFirstUploadIsBad() {
        Fixture.district().plus(CleverFile.ENROLLMENTS, "SCH1,SEC9,S1").writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Http http = Http.of(hub);
            assertThat(hub.status().servedSnapshot()).isZero();
            assertThat(http.json("/v3.0/users").path("data")).isEmpty();
            assertThat(http.get("/v3.0/me").status()).isEqualTo(404);
            Fixture.district().writeTo(dir);
            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);
            assertThat(http.json("/v3.0/users").path("data")).isNotEmpty();
        }
    }

    @Test
    void acceptsUploadsWithWarningsOnly() {
        Fixture.district()
                .with(CleverFile.STUDENTS, Fixture.STUDENTS.replace(",F,2014-03-01,", ",female,3/1/14,"))
                .writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Upload upload = hub.status().uploads().get(0);
            assertThat(upload.state()).isEqualTo(UploadState.PUBLISHED);
            assertThat(upload.warnings()).isPositive();
        }
    }
}
