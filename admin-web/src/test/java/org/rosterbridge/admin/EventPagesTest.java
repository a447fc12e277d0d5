package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.admin.Http.form;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

/** The events pages over HTTP, without a browser: the whole admin UI against a sandbox district. */
class EventPagesTest {

    @TempDir
    static Path dir;

    static SandboxDistrict sandbox;
    static TestAdmin admin;
    static long district;

    @BeforeAll
    static void start() {
        DistrictGenerator.generate(new GeneratorSettings(80, 3), dir.resolve("district"));
        sandbox = Sandbox.start(dir.resolve("district"), SandboxSettings.defaults());
        admin = new TestAdmin(dir);
        district = admin.web.connectDistrict(sandbox.baseUrl(), sandbox.token(), "v3.0", ZoneId.of("America/Denver"));
    }

    @AfterAll
    static void stop() {
        admin.close();
        sandbox.close();
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in the page", regex).isTrue();
        return m.group(1);
    }

    /**
     * The district's create-event form. A district never synced is imported first, in the background: the
     * page shows the import until the sync ends (a browser reloads through progress.js; here, polls).
     */
    private static String eventForm(Http http) {
        String path = "/events/new?district=" + district;
        String page = http.get(path).body();
        if (page.contains("id=\"first-sync\"")) {
            assertThat(http.post("/events/new/sync", form("district", Long.toString(district)))
                            .statusCode())
                    .isEqualTo(303);
            page = http.get(path).body();
        }
        for (int polls = 0; !page.contains("id=\"event-form\"") && polls < 600; polls++) {
            assertThat(page).as("a page without the form is the import").contains("id=\"importing\"");
            pause();
            page = http.get(path).body();
        }
        return page;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void showsTheImportWithTheProgressBarWhileTheFirstSyncRuns() {
        long never = admin.web.connectDistrict(
                URI.create("http://127.0.0.1:9"), "tok-never-synced", "v3.0", ZoneId.of("UTC"));
        Leases otherNode = new Leases(admin.web.platform().db().jdbi(), InstantSource.system());
        assertThat(otherNode.acquire(never, "node-b:1")).isTrue();
        otherNode.renew(never, "node-b:1", new Leases.Live("run-7", "fetching", 30));
        Http http = new Http(admin).login();
        try {
            HttpResponse<String> started = http.post("/events/new/sync", form("district", Long.toString(never)));
            String page = http.get("/events/new?district=" + never).body();

            assertThat(started.statusCode()).isEqualTo(303);
            assertThat(page)
                    .contains("already running: importing its data")
                    .contains("id=\"importing\"", "id=\"bar\"", "/assets/progress.js")
                    .contains("data-progress=\"/api/districts/" + never + "/progress\"")
                    .doesNotContain("id=\"first-sync\"", "id=\"event-form\"");
        } finally {
            otherNode.release(never, "node-b:1");
        }
        assertThat(http.get("/events/new?district=" + never).body())
                .contains("id=\"first-sync\"")
                .doesNotContain("id=\"importing\"");
    }

    @Test
    void saysWhyADistrictHasNoDataWhenItsFirstSyncDidNotApply() {
        long failing = admin.web.connectDistrict(
                URI.create("http://127.0.0.1:9/failing"), "tok-failing", "v3.0", ZoneId.of("UTC"));
        admin.web.platform().db().jdbi().useHandle(h -> {
            h.execute("update admin_districts set clever_id = 'dist-failing' where id = ?", failing);
            h.execute(
                    "insert into sync_runs (run_id, district_clever_id, mode, status, api_version, started_at)"
                            + " values ('run-failed-1', 'dist-failing', 'full', 'failed', 'v3.0', ?)",
                    java.time.OffsetDateTime.parse("2026-09-01T12:00:00Z"));
        });

        String page =
                new Http(admin).login().get("/events/new?district=" + failing).body();

        assertThat(page)
                .contains("id=\"last-sync\"", "ended failed (run run-failed-1)", "id=\"first-sync\"")
                .doesNotContain("id=\"importing\"");
    }

    @Test
    void refusesEveryEventsPageWithoutASession() {
        Http anonymous = new Http(admin);
        for (String path :
                new String[] {"/events", "/events/new", "/events/stop-all", "/events/1/classes", "/browse/1/terms"}) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValue("/login");
        }
        assertThat(anonymous.postRaw("/events/stop-all", form()).statusCode()).isIn(302, 403);
    }

    @Test
    void createsAnEventHidesAClassAndStopsEverySync() {
        Http http = new Http(admin).login();
        String fresh = eventForm(http);
        String school = first(fresh, "name=\"school\" value=\"(\\d+)\"");
        String term = first(fresh, "name=\"term\" value=\"(\\d+)\"");

        HttpResponse<String> created = http.post(
                "/events",
                form("district", Long.toString(district), "name", "Fall conferences", "school", school, "term", term));
        assertThat(created.statusCode()).isEqualTo(303);
        String classesPath = created.headers().firstValue("Location").orElseThrow();
        String section = first(http.get(classesPath).body(), "data-section=\"(\\d+)\" data-state=\"shown\"");

        assertThat(http.post(classesPath + "/" + section + "/hide", form()).statusCode())
                .isEqualTo(303);
        assertThat(http.get(classesPath).body())
                .contains("data-section=\"" + section + "\" data-state=\"hidden\"")
                .contains("Class hidden");
        String eventPath = classesPath.replace("/classes", "");
        assertThat(http.get(eventPath + "/sync").body())
                .contains("id=\"sync-on\"")
                .contains(">hide<");

        HttpResponse<String> confirm = http.get("/events/stop-all");
        assertThat(confirm.body()).contains("Fall conferences").contains("id=\"confirm-stop-all\"");
        assertThat(http.post("/events/stop-all", form()).statusCode()).isEqualTo(303);
        assertThat(http.get("/events/stop-all").body()).contains("No event has its nightly sync on.");
        assertThat(http.get(eventPath + "/sync").body()).contains("id=\"sync-off\"");

        assertThat(http.post(eventPath + "/resume", form()).statusCode()).isEqualTo(303);
        assertThat(http.get(eventPath + "/sync").body()).contains("id=\"sync-on\"");
    }

    @Test
    void rejectsAnEventWithoutATermAndSaysWhy() {
        Http http = new Http(admin).login();
        String school = first(eventForm(http), "name=\"school\" value=\"(\\d+)\"");

        HttpResponse<String> rejected =
                http.post("/events", form("district", Long.toString(district), "name", "No term", "school", school));

        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body()).contains("data-field=\"term\"").contains("pick at least one term");
    }

    @Test
    void browsesTheDistrictsDataBeforeImportWithIdsInUrls() {
        Http http = new Http(admin).login();
        if (http.get("/browse/" + district + "/terms").statusCode() == 404) {
            eventForm(http);
        }
        assertThat(http.get("/events").body()).contains("href=\"/browse/" + district + "/terms\"");
        HttpResponse<String> terms = http.get("/browse/" + district + "/terms");
        String term = first(terms.body(), "data-term=\"(\\d+)\"");
        String section =
                first(http.get("/browse/" + district + "/terms/" + term).body(), "data-section=\"(\\d+)\"");
        HttpResponse<String> roster = http.get("/browse/" + district + "/sections/" + section);
        String lastName = first(
                roster.body().substring(roster.body().indexOf("id=\"students\"")),
                "<tr data-user=\"\\d+\"><td>([^<]+)</td>");

        HttpResponse<String> found = http.post(
                "/browse/" + district + "/people/students", form("q", lastName.toUpperCase(java.util.Locale.ROOT)));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(lastName);
        assertThat(found.body())
                .doesNotContainPattern("(href|action)=\"[^\"]*" + Pattern.quote(lastName))
                .contains("page 1 of 1");
        assertThat(http.get("/browse/" + district + "/people/students?q=" + lastName)
                        .body())
                .as("a search in the URL is ignored")
                .contains("page 1 of 4");
    }
}
