package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the hub derives from the files, as Clever does, seen through the API. */
class DerivationTest {
    @TempDir
    static Path dir;

    static RunningHub hub;
    static Http http;
    static List<JsonNode> users;

    @BeforeAll
    static void start() {
        Fixture.district().writeTo(dir);
        hub = Hubs.start(dir);
        http = Http.of(hub);
        users = Hubs.walk(http, "/v3.0/users");
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static JsonNode user(String role, String sisId) {
        String key = role.equals("staff") ? "staff_id" : "sis_id";
        return users.stream()
                .filter(u -> u.path("roles").path(role).path(key).asText().equals(sisId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " " + sisId));
    }

    private static JsonNode section(String sisId) {
        return Hubs.walk(http, "/v3.0/sections").stream()
                .filter(s -> s.path("sis_id").asText().equals(sisId))
                .findFirst()
                .orElseThrow();
    }

    private static String schoolId(String sisId) {
        return Hubs.walk(http, "/v3.0/schools").stream()
                .filter(s -> s.path("sis_id").asText().equals(sisId))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void mergesTeacherAndStaffWithTheSameEmailIntoOneUserWithTwoLegacyIds() {
        JsonNode alan = user("teacher", "T2");
        assertThat(alan.path("roles").path("staff").path("staff_id").asText()).isEqualTo("ST2");
        String teacherLegacy =
                alan.path("roles").path("teacher").path("legacy_id").asText();
        String staffLegacy = alan.path("roles").path("staff").path("legacy_id").asText();
        assertThat(teacherLegacy)
                .isNotEqualTo(staffLegacy)
                .isNotEqualTo(alan.path("id").asText());
        assertThat(http.json("/v2.1/teachers/" + teacherLegacy)
                        .path("data")
                        .path("sis_id")
                        .asText())
                .isEqualTo("T2");
        assertThat(http.json("/v2.1/school_admins/" + staffLegacy)
                        .path("data")
                        .path("staff_id")
                        .asText())
                .isEqualTo("ST2");
        assertThat(users.stream().filter(u -> u.path("roles").has("staff"))).hasSize(2);
    }

    @Test
    void keepsStaffWithoutATeachersEmailAsAUserOfTheirOwn() {
        JsonNode grace = user("staff", "ST1");
        assertThat(grace.path("roles").has("teacher")).isFalse();
        assertThat(texts(grace.path("roles").path("staff").path("roles"))).containsExactly("SchoolTechLead");
    }

    @Test
    void sharesAContactBetweenSiblingsByContactSisId() {
        List<JsonNode> contacts =
                users.stream().filter(u -> u.path("roles").has("contact")).toList();
        assertThat(contacts).hasSize(2);
        JsonNode john = contacts.stream()
                .filter(c ->
                        c.path("roles").path("contact").path("sis_id").asText().equals("C1"))
                .findFirst()
                .orElseThrow();
        assertThat(john.path("name").path("last").asText()).isEqualTo("John Doe");
        JsonNode relationships = john.path("roles").path("contact").path("student_relationships");
        assertThat(relationships).hasSize(2);
        assertThat(StreamSupport.stream(relationships.spliterator(), false)
                        .map(r -> r.path("student").asText()))
                .containsExactlyInAnyOrder(
                        user("student", "S1").path("id").asText(),
                        user("student", "S2").path("id").asText());
    }

    @Test
    void makesARepeatedStudentRowAnotherContactOfTheStudent() {
        String jane = user("student", "S1").path("id").asText();
        List<JsonNode> contacts = Hubs.walk(http, "/v3.0/users/" + jane + "/mycontacts");
        assertThat(contacts)
                .extracting(c -> c.path("name").path("last").asText())
                .containsExactlyInAnyOrder("John Doe", "Mary Doe");
        assertThat(users.stream()
                        .filter(u -> u.path("roles")
                                .path("student")
                                .path("sis_id")
                                .asText()
                                .equals("S1")))
                .hasSize(1);
    }

    @Test
    void buildsSectionNamesFromCourseTeacherAndPeriodOrKeepsTheSisName() {
        assertThat(section("SEC1").path("name").asText()).isEqualTo("Math - Lovelace - Period 1");
        assertThat(section("SEC3").path("name").asText()).isEqualTo("Homeroom 6");
    }

    @Test
    void normalisesSubjectsAndMakesUnknownOnesOther() {
        assertThat(section("SEC3").path("subject").asText()).isEqualTo("homeroom/advisory");
        assertThat(section("SEC4").path("subject").asText()).isEqualTo("other");
    }

    @Test
    void listsThePrimaryTeacherFirstAndCoTeachersAfter() {
        JsonNode science = section("SEC2");
        String turing = user("teacher", "T2").path("id").asText();
        String lovelace = user("teacher", "T1").path("id").asText();
        assertThat(science.path("teacher").asText()).isEqualTo(turing);
        assertThat(texts(science.path("teachers"))).containsExactly(turing, lovelace);
    }

    @Test
    void picksThePrimarySchoolWithTheMostSections() {
        JsonNode jane = user("student", "S1").path("roles").path("student");
        assertThat(jane.path("school").asText()).isEqualTo(schoolId("SCH2"));
        assertThat(texts(jane.path("schools"))).containsExactlyInAnyOrder(schoolId("SCH1"), schoolId("SCH2"));
        JsonNode ada = user("teacher", "T1").path("roles").path("teacher");
        assertThat(ada.path("school").asText()).isEqualTo(schoolId("SCH2"));
    }

    @Test
    void keepsTheSisSchoolForAStudentWithoutSections() {
        JsonNode rick = user("student", "S3").path("roles").path("student");
        assertThat(rick.path("school").asText()).isEqualTo(schoolId("SCH2"));
        assertThat(rick.path("enrollments")).isEmpty();
    }

    @Test
    void spansEnrollmentsOverTheTermsOfTheStudentsSectionsPerSchool() {
        JsonNode enrollments =
                user("student", "S1").path("roles").path("student").path("enrollments");
        assertThat(enrollments).hasSize(2);
        for (JsonNode enrollment : enrollments) {
            assertThat(enrollment.path("start_date").asText()).isEqualTo("2025-08-15T00:00:00.000Z");
            assertThat(enrollment.path("end_date").asText()).isEqualTo("2026-06-10T00:00:00.000Z");
        }
    }

    @Test
    void derivesTermsFromNameStartAndEnd() {
        List<JsonNode> terms = Hubs.walk(http, "/v3.0/terms");
        assertThat(terms)
                .extracting(t ->
                        t.path("name").asText() + " " + t.path("start_date").asText() + " "
                                + t.path("end_date").asText())
                .containsExactlyInAnyOrder("Year 2025-08-15 2026-06-10", "Fall 2025-08-15 2025-12-20");
        assertThat(section("SEC5").path("term_id").asText())
                .isEqualTo(section("SEC3").path("term_id").asText());
    }

    @Test
    void derivesCoursesByNumberOrByNameWithoutOne() {
        List<JsonNode> courses = Hubs.walk(http, "/v3.0/courses");
        assertThat(courses)
                .extracting(
                        c -> c.path("name").asText() + "/" + c.path("number").asText(""))
                .containsExactlyInAnyOrder("Math/M5", "Science/SC6", "Algebra I/", "Physics/PH1");
        assertThat(section("SEC3").has("course")).isFalse();
    }

    @Test
    void describesTheDistrictAsAnSftpDistrictThatSynced() {
        JsonNode district = http.json("/v3.0/districts").path("data").get(0).path("data");
        assertThat(district.path("sis_type").asText()).isEqualTo("sftp");
        assertThat(district.path("state").asText()).isEqualTo("success");
        assertThat(district.path("last_sync").asText()).isNotEmpty();
        assertThat(district.path("name").asText()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void givesEveryObjectAnObjectIdShapedId() {
        assertThat(users).allSatisfy(u -> assertThat(u.path("id").asText()).matches("[0-9a-f]{24}"));
        Map<String, JsonNode> byId = Hubs.byId(users);
        assertThat(byId).hasSize(users.size());
    }

    @Test
    void findsSchoolsUsersWithRoleAndPrimaryFilters() {
        String sch2 = schoolId("SCH2");
        List<JsonNode> all = Hubs.walk(http, "/v3.0/schools/" + sch2 + "/users");
        List<JsonNode> students = Hubs.walk(http, "/v3.0/schools/" + sch2 + "/users?role=student");
        List<JsonNode> primary = Hubs.walk(http, "/v3.0/schools/" + sch2 + "/users?role=student&primary=true");
        assertThat(Hubs.ids(students))
                .containsExactlyInAnyOrder(
                        user("student", "S1").path("id").asText(),
                        user("student", "S2").path("id").asText(),
                        user("student", "S3").path("id").asText());
        assertThat(primary).hasSameSizeAs(students);
        assertThat(all.size()).isGreaterThan(students.size());
        String sch1 = schoolId("SCH1");
        assertThat(Hubs.walk(http, "/v3.0/schools/" + sch1 + "/users?role=student&primary=true"))
                .isEmpty();
        assertThat(Hubs.walk(http, "/v3.0/schools/" + sch1 + "/users?role=student"))
                .hasSize(1);
    }
}
