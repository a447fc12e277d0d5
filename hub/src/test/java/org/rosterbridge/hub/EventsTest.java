package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;

/** Events turn snapshot N into snapshot N+1, in order, filtered and expiring as Clever's do. */
class EventsTest {
    @TempDir
    Path dir;

    @TempDir
    Path work;

    private RunningHub start(HubSettings.Builder settings) {
        return Hub.start(settings.holdThresholds(100, 100).build());
    }

    private static void copy(Path from, Path to) throws Exception {
        for (CleverFile file : CleverFile.values()) {
            Path source = from.resolve(file.fileName());
            if (Files.exists(source)) {
                Files.copy(source, to.resolve(file.fileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3.0", "v3.1", "v2.1", "v2.0"})
    void replaysAChurnedSnapshotIntoTheNextOne(String version) throws Exception {
        List<String> types = version.startsWith("v3") ? Replay.V3_TYPES : Replay.V2_TYPES;
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        DistrictGenerator.generate(new GeneratorSettings(300, 11), first);
        DistrictGenerator.churn(new ChurnSettings(first, 10, 12), second);
        copy(first, dir);
        try (RunningHub hub = start(Hubs.settings(dir))) {
            Http http = Http.of(hub);
            Map<String, Map<String, JsonNode>> state = Replay.fetch(http, version, types);
            String cursor = Replay.cursor(http, version);
            copy(second, dir);
            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);
            List<JsonNode> events = Replay.events(http, version, cursor);
            assertThat(events).isNotEmpty();
            Replay.apply(state, events);
            assertThat(state).isEqualTo(Replay.fetch(http, version, types));
        }
    }

    @Test
    void ordersEventsByAscendingIdWithParentsFirst() throws Exception {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = start(Hubs.settings(dir))) {
            Http http = Http.of(hub);
            assertThat(http.json("/v3.0/events").path("data")).isEmpty();
            Fixture.district()
                    .plus(CleverFile.SCHOOLS, "SCH4,West Elementary,104,Kindergarten,5,CA")
                    .plus(CleverFile.STUDENTS, "SCH4,S6,Noe,Nat,1,F,2019-01-01,,,,,,,")
                    .without(CleverFile.STUDENTS, "S3,")
                    .with(CleverFile.SECTIONS, Fixture.SECTIONS.replace("Homeroom 6,", "Homeroom 6B,"))
                    .writeTo(dir);
            hub.ingestNow();
            List<JsonNode> events = Hubs.walk(http, "/v3.0/events?limit=3");
            List<String> ids = events.stream().map(e -> e.path("id").asText()).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            List<String> types =
                    events.stream().map(e -> e.path("type").asText()).toList();
            assertThat(types)
                    .containsSubsequence("districts.updated", "schools.created", "users.deleted", "users.created");
            assertThat(types).contains("sections.updated");
            JsonNode renamed = events.stream()
                    .filter(e -> e.path("type").asText().equals("sections.updated"))
                    .filter(e -> e.path("data")
                            .path("object")
                            .path("sis_id")
                            .asText()
                            .equals("SEC3"))
                    .findFirst()
                    .orElseThrow();
            assertThat(renamed.path("previous_attributes").path("name").asText())
                    .isEqualTo("Homeroom 6");
            assertThat(renamed.path("data").path("object").path("name").asText())
                    .isEqualTo("Homeroom 6B");
        }
    }

    @Test
    void filtersByRecordTypeAndSchool() throws Exception {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = start(Hubs.settings(dir))) {
            Http http = Http.of(hub);
            String sch3 = Hubs.walk(http, "/v3.0/schools").stream()
                    .filter(s -> s.path("sis_id").asText().equals("SCH3"))
                    .findFirst()
                    .orElseThrow()
                    .path("id")
                    .asText();
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                    .plus(CleverFile.STUDENTS, "SCH1,S8,Koe,Ko,3,M,2016-01-01,,,,,,,")
                    .writeTo(dir);
            hub.ingestNow();
            List<JsonNode> users = Hubs.walk(http, "/v3.0/events?record_type=users");
            assertThat(users).extracting(e -> e.path("type").asText()).containsOnly("users.created");
            assertThat(users).hasSize(2);
            List<JsonNode> atSch3 = Hubs.walk(http, "/v3.0/events?record_type=users&school=" + sch3);
            assertThat(atSch3)
                    .singleElement()
                    .satisfies(e -> assertThat(e.path("data")
                                    .path("object")
                                    .path("roles")
                                    .path("student")
                                    .path("sis_id")
                                    .asText())
                            .isEqualTo("S7"));
            assertThat(Hubs.walk(http, "/v3.0/events?record_type=users&record_type=districts"))
                    .hasSize(3);
            assertThat(Hubs.walk(http, "/v3.0/events?record_type=resources")).isEmpty();
            assertThat(Hubs.walk(http, "/v2.1/events?record_type=students")).hasSize(2);
        }
    }

    @Test
    void showsOneEventByIdAndSeedsACursorWithEndingBeforeLast() throws Exception {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = start(Hubs.settings(dir))) {
            Http http = Http.of(hub);
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                    .writeTo(dir);
            hub.ingestNow();
            List<JsonNode> all = Hubs.walk(http, "/v3.0/events");
            JsonNode last = http.json("/v3.0/events?ending_before=last&limit=1").path("data");
            assertThat(last).hasSize(1);
            String lastId = last.get(0).path("data").path("id").asText();
            assertThat(lastId).isEqualTo(all.get(all.size() - 1).path("id").asText());
            JsonNode single = http.json("/v3.0/events/" + lastId);
            assertThat(single.path("data").path("id").asText()).isEqualTo(lastId);
            assertThat(http.json("/v3.0/events?starting_after=" + lastId).path("data"))
                    .isEmpty();
        }
    }

    @Test
    void answersAnUnknownOrExpiredCursorWith404() throws Exception {
        ManualClock clock = ManualClock.at("2026-01-05T08:00:00Z");
        Fixture.district().writeTo(dir);
        try (RunningHub hub = start(Hubs.settings(dir).clock(clock).eventRetention(Duration.ofDays(30)))) {
            Http http = Http.of(hub);
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                    .writeTo(dir);
            hub.ingestNow();
            String old = Replay.cursor(http, "v3.0");
            assertThat(http.get("/v3.0/events?starting_after=" + old).status()).isEqualTo(200);
            assertThat(http.get("/v3.0/events?starting_after=0123456789abcdef01234567")
                            .status())
                    .isEqualTo(404);
            clock.advance(Duration.ofDays(31));
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S9,Zoe,Zo,9,M,2010-01-01,,,,,,,")
                    .writeTo(dir);
            hub.ingestNow();
            assertThat(http.get("/v3.0/events?starting_after=" + old).status()).isEqualTo(404);
            assertThat(http.get("/v3.0/events/" + old).status()).isEqualTo(404);
        }
    }
}
