package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LoginBrowserTest {

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

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
    void refusesABadPasswordThenSignsInAndOut() {
        Page page = browser.newPage();

        BrowserFixture.login(page, admin, TestAdmin.USER, "wrong-password-here");
        assertThat(page.url()).endsWith("/login");
        assertThat(page.textContent(".flash.error")).isEqualTo("Wrong user or password.");
        BrowserFixture.screenshot(page, "login-refused");

        BrowserFixture.login(page, admin);
        assertThat(page.textContent("h1")).isEqualTo("Dashboard");
        assertThat(page.textContent(".who")).isEqualTo(TestAdmin.USER);
        BrowserFixture.screenshot(page, "dashboard-empty");

        page.click("#logout");
        page.waitForURL(admin.url("/login").toString());
        page.navigate(admin.url("/districts").toString());
        assertThat(page.url()).endsWith("/login");
    }

    @Test
    void sendsAnUnauthenticatedPageToLoginAndAnswersTheApiWith401() {
        Page page = browser.newPage();

        page.navigate(admin.url("/runs").toString());
        Response api = page.navigate(admin.url("/api/districts/1/progress").toString());

        assertThat(api.status()).isEqualTo(401);
        assertThat(api.text()).doesNotContain("running");
        page.navigate(admin.url("/runs").toString());
        assertThat(page.url()).endsWith("/login");
    }

    @Test
    void refusesAFormWhoseCsrfTokenWasRemoved() {
        Page page = browser.newPage();
        BrowserFixture.login(page, admin);

        page.evaluate("document.querySelector('input[name=_csrf]').remove()");
        Response refused = page.waitForResponse(r -> r.url().endsWith("/logout"), () -> page.click("#logout"));

        assertThat(refused.status()).isEqualTo(403);
        page.navigate(admin.url("/").toString());
        assertThat(page.textContent("h1")).isEqualTo("Dashboard");
    }
}
