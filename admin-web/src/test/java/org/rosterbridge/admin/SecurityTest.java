package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {

    @TempDir
    static Path dir;

    static TestAdmin admin;

    @BeforeAll
    static void start() {
        admin = new TestAdmin(dir);
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    @Test
    void sendsAnAnonymousPageRequestToTheLoginPage() {
        HttpResponse<String> page = new Http(admin).get("/districts");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/login");
        assertThat(page.body()).doesNotContain("district");
    }

    @Test
    void answersAnAnonymousApiRequestWith401AndNoData() {
        HttpResponse<String> api = new Http(admin).get("/api/districts/1/progress");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).isEqualTo("{\"error\":\"sign in first\"}");
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
        Http http = new Http(admin).login(TestAdmin.USER, "not-the-password");
        Http unknown = new Http(admin).login("nobody", TestAdmin.PASSWORD);

        assertThat(http.get("/").statusCode()).isEqualTo(302);
        assertThat(unknown.get("/").statusCode()).isEqualTo(302);
        assertThat(http.get("/login").body()).contains("Wrong user or password.");
        assertThat(unknown.get("/login").body()).contains("Wrong user or password.");
    }

    @Test
    void signsInWithTheRightPasswordAndOutAgain() {
        Http http = new Http(admin).login();
        assertThat(http.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> out = http.post("/logout", Http.form());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(http.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void setsAnHttpOnlyStrictSessionCookieAndANewIdAtLogin() {
        Http http = new Http(admin);
        String anonymous = http.get("/login").headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> login =
                http.post("/login", Http.form("user", TestAdmin.USER, "password", TestAdmin.PASSWORD));
        String signedIn = login.headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(signedIn).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");
        assertThat(id(signedIn)).hasSize(43).isNotEqualTo(id(anonymous));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        Http http = new Http(admin).login();

        HttpResponse<String> post = http.postRaw("/logout", Http.form());

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAJsonPostWithoutTheCsrfHeaderAndAcceptsItWithIt() {
        Http http = new Http(admin).login();

        assertThat(http.postJson("/logout", "{}", false).statusCode()).isEqualTo(403);
        assertThat(http.postJson("/logout", "{}", true).statusCode()).isEqualTo(303);
    }

    @Test
    void refusesALoginPostWithoutTheLoginFormsToken() {
        Http http = new Http(admin);
        http.get("/login");

        HttpResponse<String> post =
                http.postRaw("/login", Http.form("user", TestAdmin.USER, "password", TestAdmin.PASSWORD));

        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void servesTheStylesheetWithoutASession() {
        HttpResponse<String> css = new Http(admin).get("/assets/admin.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    }

    private static String id(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
