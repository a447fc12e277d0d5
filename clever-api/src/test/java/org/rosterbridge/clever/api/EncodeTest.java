package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.User;

class EncodeTest {

    @Test
    void writesTimesWithMillisecondsAndDatesAsClever() {
        assertThat(WireTime.timestamp(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000Z");
        assertThat(WireTime.timestamp(Instant.parse("1999-12-31T23:59:59.999999Z")))
                .isEqualTo("1999-12-31T23:59:59.999Z");
        assertThat(WireTime.dob(LocalDate.of(2009, 1, 5))).isEqualTo("1/5/2009");
        assertThat(WireTime.date(LocalDate.of(2009, 1, 5))).isEqualTo("2009-01-05");
    }

    @Test
    void mapsGradesV20CannotCarryAndDropsTheRest() {
        Codes v20 = new Codes(ApiVersion.V2_0);
        assertThat(v20.grade(Coded.of(Grade.INFANT_TODDLER))).isEqualTo("PreKindergarten");
        assertThat(v20.grade(Coded.of(Grade.TRANSITIONAL_KINDERGARTEN))).isEqualTo("PreKindergarten");
        assertThat(v20.grade(Coded.of(Grade.G13))).isEqualTo("Other");
        assertThat(v20.grade(Coded.of(Grade.UNGRADED))).isEqualTo("Other");
        assertThat(v20.grade(Coded.of(Grade.class, "Fourth"))).isEmpty();
        assertThat(new Codes(ApiVersion.V2_1).grade(Coded.of(Grade.G13))).isEqualTo("13");
    }

    @Test
    void omitsValuesTheVersionCannotCarry() {
        JsonNode v20 = CleverJson.of(ApiVersion.V2_0).toTree(ResourceType.STUDENTS, Samples.student(), Samples.STAMPS);
        JsonNode v30 = CleverJson.of(ApiVersion.V3_0).toTree(Samples.student(), Samples.STAMPS);
        JsonNode v31 = CleverJson.of(ApiVersion.V3_1).toTree(Samples.student(), Samples.STAMPS);

        assertThat(v20.has("gender")).isFalse();
        assertThat(v20.has("enrollments")).isFalse();
        assertThat(v30.path("roles").path("student").path("gender").asText()).isEqualTo("X");
        assertThat(v30.path("roles").path("student").has("frl_status")).isFalse();
        assertThat(v31.path("roles").path("student").path("frl_status").asText())
                .isEqualTo("Other");
    }

    @Test
    void showsAMultiRoleUserAsOneV2ObjectPerRole() {
        CleverJson v21 = CleverJson.of(ApiVersion.V2_1);

        assertThat(v21.toTree(ResourceType.TEACHERS, Samples.teacher(), Samples.STAMPS)
                        .path("id")
                        .asText())
                .isEqualTo(Samples.TEACHER_LEGACY.value());
        assertThat(v21.toTree(ResourceType.SCHOOL_ADMINS, Samples.teacher(), Samples.STAMPS)
                        .path("id")
                        .asText())
                .isEqualTo(Samples.STAFF_LEGACY.value());
        assertThat(v21.uri(ResourceType.DISTRICT_ADMINS, v21.wireId(ResourceType.DISTRICT_ADMINS, Samples.teacher())))
                .isEqualTo("/v2.1/district_admins/" + Samples.ADMIN_LEGACY);
        assertThatThrownBy(() -> v21.toTree(Samples.teacher(), Samples.STAMPS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v21.toTree(ResourceType.STUDENTS, Samples.teacher(), Samples.STAMPS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATypeTheVersionDoesNotServe() {
        assertThatThrownBy(() ->
                        CleverJson.of(ApiVersion.V3_0).toTree(ResourceType.STUDENTS, Samples.student(), Samples.STAMPS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        CleverJson.of(ApiVersion.V3_0).toTree(ResourceType.SCHOOLS, Samples.course(), Samples.STAMPS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousAttributesHoldOnlyChangedFieldsWithOldValues() {
        CleverJson json = CleverJson.of(ApiVersion.V3_0);
        User before = Samples.student();
        User after = new User(
                before.id(), before.district(), new Name("Sam", "J", "Student"), "s@example.org", before.roles());

        ObjectNode previous =
                json.previousAttributes(ResourceType.USERS, before, Samples.STAMPS, after, Samples.STAMPS);

        assertThat(previous.toString()).isEqualTo("{\"name\":{\"middle\":null},\"email\":null}");
        assertThat(json.previousAttributes(ResourceType.USERS, after, Samples.STAMPS, after, Samples.STAMPS))
                .isEmpty();
    }

    @Test
    void streamsTheSameListAsTheTree() {
        CleverJson json = CleverJson.of(ApiVersion.V3_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageLinks links = new PageLinks("/v3.1/sections", "", "/v3.1/sections?ending_before=x");

        json.listWriter(out, ResourceType.SECTIONS)
                .item(Samples.section(), Samples.STAMPS)
                .finish(links);

        assertThat(json.readTree(out.toByteArray()))
                .isEqualTo(json.listTree(
                        ResourceType.SECTIONS,
                        java.util.List.of(new Stamped(Samples.section(), Samples.STAMPS)),
                        links));
        assertThat(json.readTree(out.toByteArray())
                        .path("links")
                        .path(1)
                        .path("rel")
                        .asText())
                .isEqualTo("prev");
    }
}
