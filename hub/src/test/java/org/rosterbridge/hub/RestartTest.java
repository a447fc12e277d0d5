package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** Ids and responses survive restarts, lost databases and records that go away and come back. */
class RestartTest {
    @TempDir
    Path dir;

    private static final List<String> PATHS = List.of(
            "/v3.0/users?limit=1000",
            "/v3.0/sections",
            "/v3.0/schools",
            "/v3.0/terms",
            "/v3.0/courses",
            "/v3.0/districts",
            "/v2.1/teachers",
            "/v2.1/contacts",
            "/v3.0/events");

    private static List<String> bodies(RunningHub hub) {
        Http http = Http.of(hub);
        return PATHS.stream().map(p -> http.get(p).body()).toList();
    }

    @Test
    void servesTheSameResponsesAfterARestart() {
        Fixture.district().writeTo(dir);
        List<String> before;
        try (RunningHub hub = Hubs.start(dir)) {
            before = bodies(hub);
        }
        try (RunningHub hub = Hubs.start(dir)) {
            assertThat(bodies(hub)).isEqualTo(before);
            assertThat(hub.status().uploads()).hasSize(1);
        }
    }

    @Test
    void keepsGeneratedTokensAcrossRestarts() {
        Fixture.district().writeTo(dir);
        HubSettings settings = HubSettings.builder(dir).port(0).build();
        String token;
        try (RunningHub hub = Hub.start(settings)) {
            token = hub.token();
            assertThat(token).matches("[0-9a-f]{40}").isNotEqualTo(hub.adminToken());
        }
        try (RunningHub hub = Hub.start(settings)) {
            assertThat(hub.token()).isEqualTo(token);
        }
    }

    @Test
    void givesTheSameIdsToAFreshDatabase() throws Exception {
        Fixture.district().writeTo(dir);
        List<String> ids;
        try (RunningHub hub = Hubs.start(dir)) {
            ids = Hubs.ids(Hubs.walk(Http.of(hub), "/v3.0/users"));
        }
        deleteRecursively(dir.resolve(".hub"));
        try (RunningHub hub = Hubs.start(dir)) {
            assertThat(Hubs.ids(Hubs.walk(Http.of(hub), "/v3.0/users"))).isEqualTo(ids);
        }
    }

    @Test
    void givesAReturningRecordItsOldId() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub =
                Hub.start(Hubs.settings(dir).holdThresholds(100, 100).build())) {
            Http http = Http.of(hub);
            List<String> before = Hubs.ids(Hubs.walk(http, "/v3.0/users?role=student"));
            Fixture.district().without(CleverFile.STUDENTS, "S3,").writeTo(dir);
            hub.ingestNow();
            assertThat(Hubs.walk(http, "/v3.0/users?role=student")).hasSize(4);
            Fixture.district().writeTo(dir);
            hub.ingestNow();
            assertThat(Hubs.ids(Hubs.walk(http, "/v3.0/users?role=student"))).isEqualTo(before);
        }
    }

    @Test
    void givesAnotherDistrictOtherIds() {
        Path other = dir.resolve("other");
        Fixture.district().writeTo(dir);
        Fixture.district().writeTo(other);
        try (RunningHub a = Hubs.start(dir);
                RunningHub b = Hubs.start(other)) {
            List<String> first = Hubs.ids(Hubs.walk(Http.of(a), "/v3.0/users"));
            List<String> second = Hubs.ids(Hubs.walk(Http.of(b), "/v3.0/users"));
            assertThat(first).doesNotContainAnyElementsOf(second);
        }
    }

    private static void deleteRecursively(Path path) throws Exception {
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
