package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void servesUsers() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hub.start(HubSettings.builder(dir).port(0).build())) {
            Http http = Http.of(hub);
            System.out.println(http.json("/v3.0/users").toPrettyString());
            System.out.println(http.json("/v3.0/sections").toPrettyString());
            System.out.println(http.json("/v2.1/teachers").toPrettyString());
            System.out.println(Http.admin(hub).json("/admin/status").toPrettyString());
            assertThat(http.json("/v3.0/users").path("data").size()).isGreaterThan(5);
        }
    }
}
