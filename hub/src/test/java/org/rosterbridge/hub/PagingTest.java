package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;

/** Paging walks over a generated district: every record exactly once, in ascending id order. */
class PagingTest {
    @TempDir
    static Path dir;

    static RunningHub hub;
    static Http http;
    static List<String> students;

    @BeforeAll
    static void start() {
        DistrictGenerator.generate(new GeneratorSettings(300, 7), dir);
        hub = Hubs.start(dir);
        http = Http.of(hub);
        students = Hubs.ids(Hubs.walk(http, "/v3.0/users?role=student&limit=10000"));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void servesEveryGeneratedStudent() {
        assertThat(students).hasSize(300).doesNotHaveDuplicates();
        assertThat(students).isSorted();
    }

    @Test
    void servesAWholeListInOneLargePageAsInSmallPages() {
        List<String> small = Hubs.ids(Hubs.walk(http, "/v3.0/users?limit=100"));
        JsonNode page = http.json("/v3.0/users?limit=10000");

        assertThat(small).as("a list larger than the default page").hasSizeGreaterThan(500);
        List<String> large = new ArrayList<>();
        page.path("data").forEach(item -> large.add(item.path("data").path("id").asText()));
        assertThat(large).isEqualTo(small);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 10_000})
    void walksV3StudentsExactlyOnceAtEveryLimit(int limit) {
        assertThat(Hubs.ids(Hubs.walk(http, "/v3.0/users?role=student&limit=" + limit)))
                .isEqualTo(students);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 10_000})
    void walksV21StudentsExactlyOnceAtEveryLimit(int limit) {
        assertThat(Hubs.ids(Hubs.walk(http, "/v2.1/students?limit=" + limit))).isEqualTo(students);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 100})
    void walksEveryUserAndSectionExactlyOnce(int limit) {
        List<String> users = Hubs.ids(Hubs.walk(http, "/v3.0/users?limit=" + limit));
        assertThat(users).doesNotHaveDuplicates().isSorted().containsAll(students);
        assertThat(users)
                .hasSize(http.json("/v3.0/users?count=true").path("count").asInt());
        List<String> sections = Hubs.ids(Hubs.walk(http, "/v3.0/sections?limit=" + limit));
        assertThat(sections).doesNotHaveDuplicates().isSorted().isNotEmpty();
    }

    @Test
    void walksBackwardsFromTheLastPageWithPrevLinks() {
        List<String> seen = new ArrayList<>();
        String prev = "/v3.0/users?role=student&limit=7&ending_before=last";
        while (!prev.isEmpty()) {
            JsonNode page = http.json(prev);
            List<String> ids = new ArrayList<>();
            page.path("data")
                    .forEach(item -> ids.add(item.path("data").path("id").asText()));
            Collections.reverse(ids);
            seen.addAll(ids);
            prev = Hubs.link(page, "prev");
        }
        Collections.reverse(seen);
        assertThat(seen).isEqualTo(students);
    }

    @Test
    void startsAfterAnyIdEvenOneThatIsNoRecord() {
        String middle = students.get(150);
        JsonNode page = http.json("/v3.0/users?role=student&limit=5&starting_after=" + middle);
        assertThat(page.path("data").get(0).path("data").path("id").asText()).isEqualTo(students.get(151));
        JsonNode none = http.json("/v3.0/users?role=student&starting_after=ffffffffffffffffffffffff");
        assertThat(none.path("data")).isEmpty();
        assertThat(Hubs.link(none, "next")).isEmpty();
    }

    @Test
    void defaultsTheLimitToOneHundred() {
        assertThat(http.json("/v3.0/users?role=student").path("data")).hasSize(100);
    }

    @Test
    void wrapsEveryItemWithItsUriAndKeepsFiltersInLinks() {
        JsonNode page = http.json("/v3.0/users?role=student&limit=2");
        JsonNode first = page.path("data").get(0);
        assertThat(first.path("uri").asText()).isEqualTo("/v3.0/users/" + students.get(0));
        assertThat(Hubs.link(page, "self")).isEqualTo("/v3.0/users?role=student&limit=2");
        assertThat(Hubs.link(page, "next"))
                .isEqualTo("/v3.0/users?limit=2&role=student&starting_after=" + students.get(1));
        assertThat(Hubs.link(page, "prev")).isEmpty();
    }

    @Test
    void countsTheWholeListWhenAsked() {
        assertThat(http.json("/v3.0/users?role=student&limit=1&count=true")
                        .path("count")
                        .asInt())
                .isEqualTo(300);
        assertThat(http.json("/v3.0/users?role=student&limit=1").has("count")).isFalse();
    }
}
