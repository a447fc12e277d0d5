package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.User;

/**
 * Encoded responses against Clever's own Swagger files (read from {@code rosterbridge.shared}). Records come
 * from the v3.1 generator, i.e. with values older versions cannot carry, so the mappings are checked too.
 */
class ContractTest {

    private static final int RUNS = 60;

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void singleAndListResponsesSatisfyCleversDefinitions(ApiVersion version) {
        OpenApiInteractionValidator validator = validator(version, "");
        CleverJson json = CleverJson.of(version);
        List<String> problems = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            RosterGen gen = new RosterGen(run, ApiVersion.V3_1);
            CleverId district = gen.id();
            for (ResourceType type : ResourceType.values()) {
                if (type.servedBy(version) && type != ResourceType.USERS
                        || type == ResourceType.USERS && version.isV3()) {
                    CleverObject record = record(gen, type, district);
                    Stamps stamps = gen.stamps();
                    String uri = json.uri(type, json.wireId(type, record));
                    check(validator, uri, json.singleBytes(type, record, stamps), problems);
                    PageLinks links = new PageLinks(json.path(type), json.path(type) + "?starting_after=x", "");
                    byte[] list = json.toBytes(json.listTree(type, List.of(new Stamped(record, stamps)), links));
                    check(validator, json.path(type), list, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void eventResponsesSatisfyCleversDefinitions(ApiVersion version) {
        OpenApiInteractionValidator validator = validator(version, "-events");
        OpenApiInteractionValidator objects = validator(version, "");
        CleverJson json = CleverJson.of(version);
        List<String> problems = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            RosterGen gen = new RosterGen(run, ApiVersion.V3_1);
            CleverId district = gen.id();
            List<Event> events = new ArrayList<>();
            for (ResourceType type : ResourceType.values()) {
                if (type.servedBy(version)) {
                    CleverObject record = record(gen, type, district);
                    EventAction action = EventAction.values()[run % 3];
                    events.add(Event.of(gen.id(), type, action, Instant.EPOCH, record, gen.stamps()));
                }
            }
            PageLinks links = PageLinks.self("/" + version.path() + "/events");
            check(
                    validator,
                    "/" + version.path() + "/events",
                    json.toBytes(json.eventListTree(events, links)),
                    problems);
        }
        assertThat(problems).isEmpty();
    }

    static CleverObject record(RosterGen gen, ResourceType type, CleverId district) {
        if (type.v2Role().isEmpty()) {
            return RoundTripTest.record(gen, type, district);
        }
        Role role = type.v2Role().get();
        User user;
        do {
            user = gen.user(district, ResourceType.USERS);
        } while (!user.has(role));
        return user;
    }

    private static void check(OpenApiInteractionValidator validator, String path, byte[] body, List<String> problems) {
        SimpleResponse response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(new String(body, StandardCharsets.UTF_8))
                .build();
        ValidationReport report = validator.validateResponse(path, Request.Method.GET, response);
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR && !deliberate(message)) {
                problems.add(path + ": " + message.getKey() + " " + message.getMessage());
            }
        }
    }

    private static final Pattern EXTRA = Pattern.compile(
            "(?:\\[Path '([^']*)'\\] )?Object instance has properties which are not allowed by the schema: \\[(.*)\\]");
    private static final Set<String> SPECIAL_STUDENT_FIELDS =
            Set.of("frl_status", "iep_status", "home_language", "unweighted_gpa", "weighted_gpa");

    /**
     * What we emit beyond the data Swagger on purpose: {@code links} on single responses and {@code uri} on
     * list elements (both served by Clever, see clever-api.md §1.3), the student "special" fields that the
     * generator of the data Swagger filters out, and the events' unresolvable discriminator (see above).
     */
    private static boolean deliberate(ValidationReport.Message message) {
        if (message.getKey().equals("validation.response.body.schema.discriminator")) {
            return true;
        }
        Matcher m = EXTRA.matcher(message.getMessage());
        if (!message.getKey().equals("validation.response.body.schema.additionalProperties") || !m.find()) {
            return false;
        }
        String path = m.group(1) == null ? "" : m.group(1);
        Set<String> extra = Set.of(m.group(2).replace("\"", "").split(","));
        if (path.isEmpty()) {
            return extra.equals(Set.of("links"));
        }
        if (path.matches("/data/\\d+")) {
            return extra.equals(Set.of("uri"));
        }
        boolean student = path.endsWith("/roles/student") || path.equals("/data") || path.matches("/data/\\d+/data");
        return student && SPECIAL_STUDENT_FIELDS.containsAll(extra);
    }

    static Path reference(ApiVersion version, String suffix) {
        String shared = System.getProperty("rosterbridge.shared", "");
        Path file = Path.of(
                shared.isEmpty() ? "/nonexistent" : shared,
                "reference",
                "clever-openapi-" + version.path() + suffix + ".yml");
        assumeTrue(
                Files.isRegularFile(file),
                "Clever's Swagger files are absent (" + file
                        + "); set -Drosterbridge.shared=<dir containing reference/> to run the contract test");
        return file;
    }

    private static OpenApiInteractionValidator validator(ApiVersion version, String suffix) {
        return OpenApiInteractionValidator.createForSpecificationUrl(
                        reference(version, suffix).toUri().toString())
                .build();
    }
}
