package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.testkit.CleverContract;

/**
 * Every endpoint Clever's definitions list, called on a running hub and its response checked against
 * those definitions ({@link CleverContract}; skipped when they are absent). The paths come
 * from the definitions themselves, so an endpoint the hub lacks fails here.
 */
class ContractTest {
    static Path dir;
    static RunningHub hub;
    static Http http;
    static Map<String, String> ids;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("hub-contract");
        Fixture.district().writeTo(dir);
        hub = Hub.start(Hubs.settings(dir)
                .districtAdmins(List.of("grace@example.org", "boss@example.org"))
                .holdThresholds(100, 100)
                .build());
        http = Http.of(hub);
        Fixture.district()
                .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                .without(CleverFile.STUDENTS, "S5,")
                .without(CleverFile.ENROLLMENTS, "S5")
                .with(CleverFile.SECTIONS, Fixture.SECTIONS.replace("Homeroom 6,", "Homeroom 6B,"))
                .writeTo(dir);
        hub.ingestNow();
        ids = ids();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    /** An id per path segment: records with relations, so nested lists are not all empty. */
    private static Map<String, String> ids() {
        Map<String, String> ids = new TreeMap<>();
        List<JsonNode> users = Hubs.walk(http, "/v3.0/users");
        JsonNode jane = find(users, "student", "sis_id", "S1");
        JsonNode ada = find(users, "teacher", "sis_id", "T1");
        JsonNode alan = find(users, "staff", "staff_id", "ST2");
        JsonNode john = find(users, "contact", "sis_id", "C1");
        JsonNode grace = users.stream()
                .filter(u -> u.path("roles").has("district_admin"))
                .findFirst()
                .orElseThrow();
        ids.put("users", jane.path("id").asText());
        ids.put("students", jane.path("id").asText());
        ids.put("teachers", ada.path("roles").path("teacher").path("legacy_id").asText());
        ids.put(
                "school_admins",
                alan.path("roles").path("staff").path("legacy_id").asText());
        ids.put("contacts", john.path("roles").path("contact").path("legacy_id").asText());
        ids.put(
                "district_admins",
                grace.path("roles").path("district_admin").path("legacy_id").asText());
        ids.put(
                "districts",
                Hubs.walk(http, "/v3.0/districts").get(0).path("id").asText());
        ids.put("schools", jane.path("roles").path("student").path("school").asText());
        JsonNode science = Hubs.walk(http, "/v3.0/sections").stream()
                .filter(s -> s.path("sis_id").asText().equals("SEC2"))
                .findFirst()
                .orElseThrow();
        ids.put("sections", science.path("id").asText());
        ids.put("terms", science.path("term_id").asText());
        ids.put("courses", science.path("course").asText());
        ids.put("resources", "0123456789abcdef01234567");
        ids.put("events", Replay.cursor(http, "v3.0"));
        ids.put("v2-events", Replay.cursor(http, "v2.1"));
        ids.put("teacher-user", ada.path("id").asText());
        ids.put("staff-user", alan.path("id").asText());
        ids.put("contact-user", john.path("id").asText());
        ids.put("admin-user", grace.path("id").asText());
        return ids;
    }

    private static JsonNode find(List<JsonNode> users, String role, String field, String value) {
        return users.stream()
                .filter(u -> u.path("roles").path(role).path(field).asText().equals(value))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.0", "v2.1", "v3.0", "v3.1"})
    void answersEveryDataEndpointAsCleversDefinitionsSay(String version) throws Exception {
        Path spec = CleverContract.reference(version, "");
        CleverContract validator = CleverContract.of(version, "");
        List<String> problems = new ArrayList<>();
        List<String> paths = paths(spec);
        assertThat(paths).isNotEmpty();
        for (String template : paths) {
            for (String path : concrete(version, template)) {
                check(validator, path, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.0", "v2.1", "v3.0", "v3.1"})
    void answersTheEventEndpointsAsCleversDefinitionsSay(String version) throws Exception {
        CleverContract validator = CleverContract.of(version, "-events");
        List<String> problems = new ArrayList<>();
        String event = version.startsWith("v3") ? ids.get("events") : ids.get("v2-events");
        check(validator, "/" + version + "/events?limit=100", problems);
        check(validator, "/" + version + "/events/" + event, problems);
        check(validator, "/" + version + "/events/0123456789abcdef01234567", problems);
        assertThat(problems).isEmpty();
        assertThat(Hubs.walk(http, "/" + version + "/events")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.1", "v3.0"})
    void wouldNoticeAResponseThatBreaksTheDefinitions(String version) {
        CleverContract validator = CleverContract.of(version, "");
        String segment = version.startsWith("v3") ? "users" : "students";
        String wrong = "{\"data\":[{\"data\":{\"id\":5,\"name\":\"x\"}}],\"links\":[]}";
        assertThat(validator.problems("/" + version + "/" + segment, wrong)).isNotEmpty();
    }

    /** The concrete paths to call for a template: users and their nested lists once per role. */
    private static List<String> concrete(String version, String template) {
        String base = "/" + version + template;
        String segment = template.split("/")[1];
        if (!template.contains("{id}")) {
            return List.of(base);
        }
        List<String> paths = new ArrayList<>(List.of(base.replace("{id}", ids.get(segment))));
        if (segment.equals("users")) {
            for (String other : List.of("teacher-user", "staff-user", "contact-user", "admin-user")) {
                paths.add(base.replace("{id}", ids.get(other)));
            }
        }
        return paths;
    }

    private static void check(CleverContract contract, String path, List<String> problems) {
        Http.Response response = http.get(path);
        if (response.status() != 200 && response.status() != 404) {
            problems.add(path + ": status " + response.status());
            return;
        }
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        problems.addAll(contract.problems(pathOnly, response.status(), response.body()));
    }

    private static List<String> paths(Path spec) throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile());
        List<String> paths = new ArrayList<>();
        root.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths.stream()
                .filter(p -> !p.startsWith("/attendance") && !p.contains("/assignments"))
                .toList();
    }
}
