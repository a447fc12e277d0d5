package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.testkit.EmbeddedPostgres;

/**
 * The hub on real PostgreSQL (zonky's embedded server, a database per test) instead of its H2 file: the
 * schema migrates, uploads are stored and diffed into events, and a restart serves the same answers.
 */
class PostgresHubTest {

    @TempDir
    Path dir;

    private static String database() {
        return EmbeddedPostgres.newDatabase("hub");
    }

    @Test
    void servesStoresAndReplaysUploadsFromPostgres() {
        String url = database();
        Fixture.district().writeTo(dir);
        List<JsonNode> before;
        try (RunningHub hub = Hub.start(Hubs.settings(dir).databaseUrl(url).build())) {
            Http http = Http.of(hub);
            before = Hubs.walk(http, "/v3.0/users?limit=2");
            assertThat(before).isNotEmpty();
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                    .writeTo(dir);
            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);
            List<JsonNode> events = Hubs.walk(http, "/v3.0/events");
            assertThat(events).extracting(e -> e.path("type").asText()).contains("users.created");
        }
        assertThat(dir.resolve(".hub").resolve("hub.mv.db"))
                .as("no H2 file beside PostgreSQL")
                .doesNotExist();
        try (RunningHub hub = Hub.start(Hubs.settings(dir).databaseUrl(url).build())) {
            List<JsonNode> after = Hubs.walk(Http.of(hub), "/v3.0/users?limit=2");
            assertThat(after).hasSize(before.size() + 1);
            assertThat(Hubs.ids(after)).containsAll(Hubs.ids(before));
            assertThat(hub.status().uploads()).hasSize(2);
        }
    }
}
