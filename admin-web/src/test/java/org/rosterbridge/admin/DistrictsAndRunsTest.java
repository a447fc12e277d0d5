package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sandbox.Replaced;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictsAndRunsTest {

    Path dir;
    TestAdmin admin;
    SandboxDistrict sandbox;
    Path district;

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        district = Fixtures.district(dir, 150);
        sandbox = Sandbox.start(district, SandboxSettings.defaults());
        admin = new TestAdmin(dir.resolve("web"));
    }

    @AfterAll
    void stop() {
        admin.close();
        sandbox.close();
    }

    @Test
    void namesEveryWrongFieldOfTheConnectFormAndKeepsNothing() {
        Http http = new Http(admin).login();

        HttpResponse<String> page = http.post(
                "/districts",
                Http.form("api_url", "ftp://x", "token", "", "api_version", "v9", "time_zone", "Mars/Olympus"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains(
                        "id=\"error-api_url\"",
                        "id=\"error-token\"",
                        "id=\"error-api_version\"",
                        "id=\"error-time_zone\"")
                .contains("value=\"ftp://x\"");
        assertThat(http.get("/districts").body()).doesNotContain("ftp://x");
    }

    @Test
    void connectsADistrictShowingOnlyTheTokensLastFourAndTestsTheConnection() {
        Http http = new Http(admin).login();
        String detail = connect(http);

        String page = http.get(detail).body();
        HttpResponse<String> tested = http.post(detail + "/test", Http.form());

        assertThat(page).contains("••••" + last4(sandbox.token())).doesNotContain(sandbox.token());
        assertThat(tested.statusCode()).isEqualTo(303);
        assertThat(http.get(detail).body()).contains("connection works: district ");
    }

    @Test
    void saysWhyATestWithAWrongTokenFails() {
        Http http = new Http(admin).login();
        String detail = connect(http, "not-the-token");

        http.post(detail + "/test", Http.form());

        assertThat(http.get(detail).body()).contains("/me answered HTTP 401 (the token was refused)");
    }

    @Test
    void runsASyncInTheBackgroundAndListsItAsApplied() {
        Http http = new Http(admin).login();
        String detail = connect(http);

        http.post(detail + "/sync", Http.form("mode", "full"));
        Fixtures.await(() -> http.get(detail).body().contains("class=\"status applied\""));

        assertThat(http.get("/api" + detail + "/progress").body()).contains("\"running\":false");
        String runs = http.get("/runs").body();
        assertThat(runs).contains("<svg", "class=\"bar\"", "class=\"status applied\"");
        String runId = firstRunId(http.get(detail).body());
        HttpResponse<String> csv = http.get("/runs/" + runId + "/report.csv");
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("run_id,status,mode,row,record_type,")
                .contains(runId + ",applied,full,counts,users,");
    }

    @Test
    void showsAHeldRunsPlanAndAppliesItOnApproval() {
        Http http = new Http(admin).login();
        String detail = connect(http);
        http.post(detail + "/sync", Http.form("mode", "full"));
        Fixtures.await(() -> http.get(detail).body().contains("class=\"status applied\""));
        assertThat(sandbox.replace(Fixtures.heavyChurn(district, dir))).isEqualTo(Replaced.SERVED);

        http.post(detail + "/sync", Http.form("mode", "full"));
        Fixtures.await(() -> http.get(detail).body().contains("class=\"status held\""));
        String held = firstRunId(http.get(detail).body());
        String page = http.get("/runs/" + held).body();
        assertThat(page).contains("id=\"plan\"", "class=\"action-archive\"", "id=\"approve\"");

        HttpResponse<String> approved = http.post("/runs/" + held + "/approve", Http.form());

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(http.get("/runs/" + held).body())
                .contains("Approved: the held plan was applied.", "id=\"run-status\">applied<");
    }

    private String connect(Http http) {
        return connect(http, sandbox.token());
    }

    private String connect(Http http, String token) {
        HttpResponse<String> created = http.post(
                "/districts",
                Http.form(
                        "api_url",
                        sandbox.baseUrl().toString(),
                        "token",
                        token,
                        "api_version",
                        "v3.0",
                        "time_zone",
                        "America/Chicago"));
        assertThat(created.statusCode()).isEqualTo(303);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static String firstRunId(String page) {
        Matcher m = Pattern.compile("data-run=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String last4(String token) {
        return token.substring(token.length() - 4);
    }
}
