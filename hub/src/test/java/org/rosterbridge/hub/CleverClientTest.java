package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.client.ApiClient;
import io.swagger.client.ApiException;
import io.swagger.client.api.DataApi;
import io.swagger.client.api.EventsApi;
import io.swagger.client.model.Event;
import io.swagger.client.model.EventResponse;
import io.swagger.client.model.Section;
import io.swagger.client.model.SectionResponse;
import io.swagger.client.model.Student;
import io.swagger.client.model.StudentResponse;
import io.swagger.client.model.Teacher;
import io.swagger.client.model.TeacherResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;

/**
 * Clever's own Java client (generated from its v2.0 definitions) as an outside judge of the v2 paths: it
 * pages with {@code starting_after} and {@code limit} only, and parses what the hub serves into its models.
 */
class CleverClientTest {
    @TempDir
    static Path dir;

    @TempDir
    static Path next;

    static RunningHub hub;

    @BeforeAll
    static void start() throws Exception {
        DistrictGenerator.generate(new GeneratorSettings(300, 21), dir);
        hub = Hub.start(Hubs.settings(dir).holdThresholds(100, 100).build());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static DataApi data(String version) {
        return new DataApi(client(version));
    }

    private static ApiClient client(String version) {
        ApiClient client = new ApiClient();
        client.setBasePath("http://localhost:" + hub.port() + "/" + version);
        client.setAccessToken(hub.token());
        return client;
    }

    /** Pages the way the client can: starting_after the last id seen, until a page comes back short. */
    private interface Page<T> {
        List<T> fetch(int limit, String startingAfter) throws ApiException;
    }

    private static <T> List<String> walk(Page<T> page, Function<T, String> id, int limit) throws ApiException {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            List<T> items = page.fetch(limit, after);
            items.forEach(item -> ids.add(id.apply(item)));
            if (items.size() < limit) {
                return ids;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.0", "v2.1"})
    void pagesEveryStudentTeacherAndSectionOnce(String version) throws ApiException {
        DataApi api = data(version);
        Http http = Http.of(hub);
        List<String> students = walk(
                (limit, after) -> api.getStudents(limit, after, null).getData(),
                r -> r.getData().getId(),
                7);
        assertThat(students).hasSize(300).doesNotHaveDuplicates();
        assertThat(students).isEqualTo(Hubs.ids(Hubs.walk(http, "/" + version + "/students")));
        List<String> teachers = walk(
                (limit, after) -> api.getTeachers(limit, after, null).getData(),
                r -> r.getData().getId(),
                5);
        assertThat(teachers).isEqualTo(Hubs.ids(Hubs.walk(http, "/" + version + "/teachers")));
        List<String> sections = walk(
                (limit, after) -> api.getSections(limit, after, null).getData(),
                r -> r.getData().getId(),
                50);
        assertThat(sections).isEqualTo(Hubs.ids(Hubs.walk(http, "/" + version + "/sections")));
        List<String> contacts = walk(
                (limit, after) -> api.getContacts(limit, after, null).getData(),
                r -> r.getData().getId(),
                100);
        assertThat(contacts).isEqualTo(Hubs.ids(Hubs.walk(http, "/" + version + "/contacts")));
        List<String> admins = walk(
                (limit, after) -> api.getSchoolAdmins(limit, after, null).getData(),
                r -> r.getData().getId(),
                100);
        assertThat(admins).isEqualTo(Hubs.ids(Hubs.walk(http, "/" + version + "/school_admins")));
    }

    @Test
    void readsStudentsSectionsAndTheirTeachersIntoItsModels() throws ApiException {
        DataApi api = data("v2.1");
        List<SectionResponse> sections = api.getSections(10_000, null, null).getData();
        Section section = sections.stream()
                .map(SectionResponse::getData)
                .filter(s -> !s.getStudents().isEmpty())
                .findFirst()
                .orElseThrow();
        Teacher teacher = api.getTeacherForSection(section.getId()).getData();
        assertThat(teacher.getId()).isEqualTo(section.getTeacher());
        assertThat(section.getTeachers()).startsWith(teacher.getId());
        Student student = api.getStudent(section.getStudents().get(0)).getData();
        assertThat(student.getSisId()).isNotEmpty();
        assertThat(student.getName().getLast()).isNotNull();
        assertThat(api.getSectionsForStudent(student.getId(), 100, null, null).getData())
                .extracting(r -> r.getData().getId())
                .contains(section.getId());
        List<TeacherResponse> teachers = api.getTeachers(10_000, null, null).getData();
        assertThat(teachers).extracting(r -> r.getData().getId()).contains(teacher.getId());
        List<StudentResponse> students =
                api.getStudentsForSection(section.getId(), 100, null, null).getData();
        assertThat(students)
                .extracting(r -> r.getData().getId())
                .containsExactlyInAnyOrderElementsOf(section.getStudents());
    }

    @Test
    void readsEventsAfterAChurnedUpload() throws Exception {
        EventsApi events = new EventsApi(client("v2.1"));
        List<EventResponse> before =
                events.getEvents(10_000, null, null, null, null).getData();
        assertThat(before).isEmpty();
        DistrictGenerator.churn(new ChurnSettings(dir, 5, 22), next);
        for (var file : org.rosterbridge.clever.csv.CleverFile.values()) {
            java.nio.file.Files.copy(
                    next.resolve(file.fileName()),
                    dir.resolve(file.fileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);
        List<String> ids = walk(
                (limit, after) -> events.getEvents(limit, after, null, null, List.of("students"))
                        .getData(),
                r -> r.getData().getId(),
                10);
        assertThat(ids).isNotEmpty().isSorted().doesNotHaveDuplicates();
        Event event = events.getEvents(1, null, null, null, List.of("students"))
                .getData()
                .get(0)
                .getData();
        assertThat(event.getType()).startsWith("students.");
    }
}
