package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sandbox.Replaced;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

/** Connect a district against a real sandbox, sync it, then approve a run the brake held, all in a browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistrictBrowserTest {

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    Path dir;
    TestAdmin admin;
    SandboxDistrict sandbox;
    Path district;

    @BeforeAll
    void start(@TempDir Path tmp) {
        dir = tmp;
        district = Fixtures.district(dir, 150);
        sandbox = Sandbox.start(district, named(SandboxSettings.defaults()));
        admin = new TestAdmin(dir.resolve("web"));
    }

    @AfterAll
    void stop() {
        admin.close();
        sandbox.close();
    }

    @Test
    void connectsSyncsAndApprovesAHeldRun() {
        Page page = browser.newPage();
        BrowserFixture.login(page, admin);

        connect(page);
        page.click("#test-connection");
        assertThat(page.textContent(".flash.ok")).contains("connection works");
        syncAndWait(page, "applied");
        BrowserFixture.screenshot(page, "district");

        assertThat(sandbox.replace(Fixtures.heavyChurn(district, dir))).isEqualTo(Replaced.SERVED);
        syncAndWait(page, "held");
        page.click("tr[data-run] .status.held >> xpath=../.. >> a");
        assertThat(page.textContent("#run-status")).isEqualTo("held");
        assertThat(page.locator("#plan tr.action-archive").count()).isPositive();
        BrowserFixture.screenshotTop(page, "run-held");

        page.click("#approve");
        assertThat(page.textContent(".flash.ok")).isEqualTo("Approved: the held plan was applied.");
        assertThat(page.textContent("#run-status")).isEqualTo("applied");

        page.click("nav >> text=Runs");
        assertThat(page.locator("#chart svg rect.bar").count()).isEqualTo(2);
        BrowserFixture.screenshot(page, "runs");
    }

    @Test
    void namesTheWrongFieldsOfTheConnectForm() {
        Page page = browser.newPage();
        BrowserFixture.login(page, admin);
        page.navigate(admin.url("/districts/new").toString());

        page.fill("input[name=api_url]", "not a url");
        page.fill("input[name=time_zone]", "Nowhere/Land");
        page.click("#connect-form button[type=submit]");

        assertThat(page.textContent("#error-api_url")).startsWith("API base URL:");
        assertThat(page.textContent("#error-token")).startsWith("Token:");
        assertThat(page.textContent("#error-time_zone")).startsWith("Time zone:");
        BrowserFixture.screenshot(page, "connect-errors");
    }

    private static SandboxSettings named(SandboxSettings d) {
        return new SandboxSettings(d.autoApprove(), "Maple Valley Demo", d.districtAdmins(), d.rateLimit());
    }

    private void connect(Page page) {
        page.click("nav >> text=Districts");
        page.click("#connect");
        page.fill("input[name=api_url]", sandbox.baseUrl().toString());
        page.fill("input[name=token]", sandbox.token());
        page.selectOption("select[name=api_version]", "v3.0");
        page.fill("input[name=time_zone]", "America/Chicago");
        page.click("#connect-form button[type=submit]");
        assertThat(page.textContent("#token"))
                .isEqualTo("••••" + sandbox.token().substring(sandbox.token().length() - 4));
    }

    private static void syncAndWait(Page page, String status) {
        page.selectOption("#sync-mode", "full");
        page.click("#sync-now");
        // The progress script reloads the page when the run ends; the run's row then shows its status.
        page.waitForSelector("tr[data-run] .status." + status, new Page.WaitForSelectorOptions().setTimeout(60_000));
    }
}
