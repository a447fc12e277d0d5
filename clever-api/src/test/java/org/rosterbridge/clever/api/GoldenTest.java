package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.User;

/**
 * Each sample record's JSON per version against {@code golden/<version>/<name>.json}, compared as trees.
 * Run with {@code -Drosterbridge.golden.write=<src/test/resources dir>} to rewrite the files after a
 * deliberate change, then review the diff.
 */
class GoldenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void encodesEachSampleAsTheGoldenFileSays(ApiVersion version) throws IOException {
        for (Map.Entry<String, JsonNode> sample : samples(version).entrySet()) {
            String file = "golden/" + version.path() + "/" + sample.getKey() + ".json";
            if (!write(file, sample.getValue())) {
                assertThat(sample.getValue()).as(file).isEqualTo(golden(file));
            }
        }
    }

    private static Map<String, JsonNode> samples(ApiVersion version) {
        CleverJson json = CleverJson.of(version).withTeacherIds(Samples.teacherIds());
        Stamps stamps = Samples.STAMPS;
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("district", json.singleTree(ResourceType.DISTRICTS, Samples.district(), stamps));
        out.put("school", json.singleTree(ResourceType.SCHOOLS, Samples.school(), stamps));
        out.put("term", json.singleTree(ResourceType.TERMS, Samples.term(), stamps));
        out.put("course", json.singleTree(ResourceType.COURSES, Samples.course(), stamps));
        out.put("section", json.singleTree(ResourceType.SECTIONS, Samples.section(), stamps));
        if (version.isV3()) {
            List<Stamped> users = List.of(
                    new Stamped(Samples.student(), stamps),
                    new Stamped(Samples.teacher(), stamps),
                    new Stamped(Samples.contact(), stamps));
            String path = json.path(ResourceType.USERS);
            out.put(
                    "users-list",
                    json.listTree(
                            ResourceType.USERS,
                            users,
                            new PageLinks(path + "?limit=3", path + "?limit=3&starting_after=" + Samples.CONTACT, "")));
        } else {
            out.put("student", json.singleTree(ResourceType.STUDENTS, Samples.student(), stamps));
            out.put("teacher", json.singleTree(ResourceType.TEACHERS, Samples.teacher(), stamps));
            out.put("school-admin", json.singleTree(ResourceType.SCHOOL_ADMINS, Samples.teacher(), stamps));
            out.put("district-admin", json.singleTree(ResourceType.DISTRICT_ADMINS, Samples.teacher(), stamps));
            out.put("contact", json.singleTree(ResourceType.CONTACTS, Samples.contact(), stamps));
        }
        out.put("event-updated", updated(json));
        out.put("error", json.errorTree("Resource not found"));
        return out;
    }

    private static JsonNode updated(CleverJson json) {
        ResourceType type = json.version().isV3() ? ResourceType.USERS : ResourceType.TEACHERS;
        User before = Samples.teacher();
        User after = new User(
                before.id(), before.district(), new Name("Terry", "", "Teacher-Smith"), before.email(), before.roles());
        Stamps afterStamps = new Stamps(Samples.STAMPS.created(), Instant.parse("2026-03-01T00:00:00Z"));
        Event event = new Event(
                Samples.id("6a0000000000000000000001"),
                type,
                EventAction.UPDATED,
                Instant.parse("2026-03-01T00:00:01Z"),
                after,
                afterStamps,
                json.previousAttributes(type, before, Samples.STAMPS, after, afterStamps));
        return json.eventTree(event);
    }

    private static JsonNode golden(String file) throws IOException {
        try (InputStream in = GoldenTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static boolean write(String file, JsonNode tree) throws IOException {
        String dir = System.getProperty("rosterbridge.golden.write", "");
        if (dir.isEmpty()) {
            return false;
        }
        Path target = Path.of(dir, file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, MAPPER.writeValueAsString(tree) + "\n");
        return true;
    }
}
