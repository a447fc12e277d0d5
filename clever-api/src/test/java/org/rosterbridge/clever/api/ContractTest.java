package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.User;
import org.rosterbridge.testkit.CleverContract;

/**
 * Encoded responses against Clever's own Swagger files ({@link CleverContract}; skipped when they are absent). Records come
 * from the v3.1 generator, i.e. with values older versions cannot carry, so the mappings are checked too.
 */
class ContractTest {

    private static final int RUNS = 60;

    @ParameterizedTest
    @EnumSource(ApiVersion.class)
    void singleAndListResponsesSatisfyCleversDefinitions(ApiVersion version) {
        CleverContract validator = validator(version, "");
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
        CleverContract validator = validator(version, "-events");
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

    private static void check(CleverContract contract, String path, byte[] body, List<String> problems) {
        problems.addAll(contract.problems(path, new String(body, StandardCharsets.UTF_8)));
    }

    private static CleverContract validator(ApiVersion version, String suffix) {
        return CleverContract.of(version.path(), suffix);
    }
}
