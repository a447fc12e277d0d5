package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.User;

class DecodeTest {

    private final CleverJson v3 = CleverJson.of(ApiVersion.V3_0);

    @Test
    void ignoresUnknownFieldsAndReadsNullAsAbsent() {
        ObjectNode user = v3.toTree(Samples.student(), Samples.STAMPS);
        user.put("lms_status", "whatever").putNull("email");
        ObjectNode student = (ObjectNode) user.path("roles").path("student");
        student.putNull("gender")
                .putNull("dob")
                .putNull("location")
                .putObject("ext")
                .put("x", 1);
        student.remove("state_id");

        User decoded = (User) ok(v3.decode(ResourceType.USERS, user));

        StudentRole role = decoded.roles().student().orElseThrow();
        assertThat(decoded.email()).isEmpty();
        assertThat(role.gender().isEmpty()).isTrue();
        assertThat(role.dob()).isEmpty();
        assertThat(role.stateId()).isEmpty();
    }

    @Test
    void keepsUnknownCodeValuesAsSent() {
        ObjectNode user = v3.toTree(Samples.student(), Samples.STAMPS);
        ((ObjectNode) user.path("roles").path("student")).put("gender", "N").put("home_language", "Icelandic");

        StudentRole role = ((User) ok(v3.decode(ResourceType.USERS, user)))
                .roles()
                .student()
                .orElseThrow();

        assertThat(role.gender().wire()).isEqualTo("N");
        assertThat(role.gender().known()).isEmpty();
        assertThat(role.homeLanguage().known()).isEmpty();
        assertThat(role.homeLanguage().wire()).isEqualTo("Icelandic");
        assertThat(Gender.UNSPECIFIED.wire()).isEqualTo("X");
        assertThat(HomeLanguage.ENGLISH.wire()).isEqualTo("English");
    }

    @Test
    void reportsABadRecordByIdAndPathWithoutItsValues() {
        ObjectNode user = v3.toTree(Samples.student(), Samples.STAMPS);
        ((ObjectNode) user.path("roles").path("student")).put("school", "Lincoln Elementary (secret)");

        Decoded<CleverObject> decoded = v3.decode(ResourceType.USERS, user);

        assertThat(decoded).isInstanceOf(Decoded.Failed.class);
        Decoded.Failed<CleverObject> failed = (Decoded.Failed<CleverObject>) decoded;
        assertThat(failed.id()).isEqualTo(Samples.STUDENT.value());
        assertThat(failed.path()).isEqualTo("/roles/student/school");
        assertThat(failed.toString()).doesNotContain("Lincoln", "Sam", "Student\"");
    }

    @Test
    void decodesTheRestOfAPageWhenOneRecordFails() {
        String page = "{\"links\":[{\"rel\":\"next\",\"uri\":\"/v3.0/users?starting_after=x\"}],\"data\":["
                + "{\"data\":{\"id\":\"not-an-id\",\"name\":{\"first\":\"Private\"}},\"uri\":\"/v3.0/users/x\"},"
                + "{\"data\":" + v3.toTree(Samples.teacher(), Samples.STAMPS) + "}]}";

        DecodedPage<CleverObject> decoded = v3.decodeList(ResourceType.USERS, page.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.items()).hasSize(2);
        assertThat(decoded.items().get(0)).isEqualTo(new Decoded.Failed<>("", "/data/id", "not a Clever id"));
        assertThat(decoded.items().get(1)).isEqualTo(new Decoded.Ok<>(Samples.teacher(), Samples.STAMPS));
        assertThat(decoded.links().nextLink()).contains("/v3.0/users?starting_after=x");
    }

    @Test
    void readsPreviousAttributesAtTheTopOrInsideData() {
        ObjectNode event = v3.eventTree(new Event(
                Samples.id("6a0000000000000000000001"),
                ResourceType.SECTIONS,
                EventAction.UPDATED,
                Samples.STAMPS.created(),
                Samples.section(),
                Samples.STAMPS,
                v3.errorTree("old")));
        ObjectNode nested = event.deepCopy();
        ((ObjectNode) nested.path("data")).set("previous_attributes", nested.remove("previous_attributes"));

        Event top = ((Decoded.Ok<Event>) v3.decodeEvent(event)).value();
        Event inside = ((Decoded.Ok<Event>) v3.decodeEvent(nested)).value();

        assertThat(top.previousAttributes().path("message").asText()).isEqualTo("old");
        assertThat(inside).isEqualTo(top);
        assertThat(top.type()).isEqualTo("sections.updated");
        assertThat(top.object()).isEqualTo(Samples.section());
    }

    @Test
    void reportsAnEventTypeTheVersionDoesNotServe() {
        ObjectNode event = v3.eventTree(Event.of(
                Samples.id("6a0000000000000000000001"),
                ResourceType.COURSES,
                EventAction.CREATED,
                Samples.STAMPS.created(),
                Samples.course(),
                Samples.STAMPS));
        event.put("type", "resources.created");

        assertThat(v3.decodeEvent(event))
                .isEqualTo(
                        new Decoded.Failed<>("6a0000000000000000000001", "/type", "unsupported event type for v3.0"));
        event.put("type", "students.created");
        assertThat(v3.decodeEvent(event)).isInstanceOf(Decoded.Failed.class);
    }

    @Test
    void readsADatePrintedAsATimestamp() {
        ObjectNode term = v3.toTree(Samples.term(), Samples.STAMPS);
        term.put("start_date", "2025-08-15T00:00:00.000Z");

        assertThat(ok(v3.decode(ResourceType.TERMS, term))).isEqualTo(Samples.term());
    }

    @Test
    void failsOnMalformedJsonNamingThePositionOnly() {
        byte[] body = "{\"data\":[{\"data\":{\"name\":\"Secret Name\"".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> v3.decodeList(ResourceType.USERS, body))
                .isInstanceOf(CleverApiException.class)
                .hasMessageStartingWith("malformed JSON")
                .hasMessageNotContaining("Secret");
    }

    private static CleverObject ok(Decoded<CleverObject> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Ok.class);
        return ((Decoded.Ok<CleverObject>) decoded).value();
    }
}
