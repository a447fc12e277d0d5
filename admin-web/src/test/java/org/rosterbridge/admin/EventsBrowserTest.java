package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

/**
 * The importer workflow in a browser against a sandbox district: create an event (its first sync and import),
 * hide a class and see it stay hidden after a sync, delete one and see it come back, stop every event's sync
 * through the confirmation dialog, resume.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsBrowserTest {

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    TestAdmin admin;
    SandboxDistrict sandbox;
    long district;

    @BeforeAll
    void start(@TempDir Path dir) {
        sandbox = Sandbox.start(Fixtures.district(dir, 150), SandboxSettings.defaults());
        admin = new TestAdmin(dir.resolve("web"));
        district = admin.web.connectDistrict(sandbox.baseUrl(), sandbox.token(), "v3.0", ZoneId.of("America/Chicago"));
    }

    @AfterAll
    void stop() {
        admin.close();
        sandbox.close();
    }

    @Test
    void importsAnEventKeepsHiddenClassesHiddenAndStopsEverySync() {
        Page page = browser.newPage();
        BrowserFixture.login(page, admin);
        String classes = createEvent(page, "Fall conferences");
        String hidden = shownClass(page, 0);
        page.click("tr[data-section='" + hidden + "'] button.hide");
        assertThat(state(page, hidden)).isEqualTo("hidden");

        syncNowAndWait(page, classes, 1);
        assertThat(state(page, hidden)).isEqualTo("hidden");

        String deleted = shownClass(page, 1);
        page.click("tr[data-section='" + deleted + "'] button.x");
        assertThat(state(page, deleted)).isEqualTo("deleted");
        page.click("#only-classes");
        page.waitForURL("**/classes?only=1");
        BrowserFixture.screenshot(page, "event-classes");

        syncNowAndWait(page, classes, 2);
        assertThat(state(page, deleted)).isEqualTo("shown");
        assertThat(state(page, hidden)).isEqualTo("hidden");
        screenshots(page, classes);

        createEvent(page, "Spring conferences");
        stopAllThroughTheDialog(page);
        page.navigate(admin.url(classes.replace("/classes", "/sync")).toString());
        page.click("#resume");
        assertThat(page.textContent(".flash.ok")).isEqualTo("Nightly sync resumed.");
        assertThat(page.locator("#sync-on").count()).isOne();
    }

    private void screenshots(Page page, String classes) {
        page.navigate(admin.url(classes.replace("/classes", "/sync")).toString());
        assertThat(page.locator("#ledger tbody tr").count()).isEqualTo(2);
        BrowserFixture.screenshot(page, "event-sync");
        page.click("nav.tabs >> text=Data Browser");
        page.click("#terms tbody tr a");
        assertThat(page.locator("#sections tbody tr").count()).isPositive();
        BrowserFixture.screenshotTop(page, "event-browse");
    }

    /** Creates an event over the district's first term and returns its class editor's path. */
    private String createEvent(Page page, String name) {
        page.click("nav >> text=Events");
        page.click("#new-event");
        if (page.locator("#first-sync").count() > 0) {
            page.click("#first-sync");
            // The first sync runs in the background; progress.js reloads the page with the form when it ends.
            page.waitForSelector("#event-form", new Page.WaitForSelectorOptions().setTimeout(120_000));
        }
        page.fill("#event-name", name);
        page.locator("input[name=term]").first().check();
        BrowserFixture.screenshotTop(page, "event-new");
        page.click("#create-event");
        page.waitForURL("**/events/*/classes");
        assertThat(page.textContent(".flash.ok")).startsWith("Event created and imported");
        return page.url().substring(page.url().indexOf("/events/"));
    }

    private static String shownClass(Page page, int index) {
        return page.locator("#classes tr[data-state=shown]").nth(index).getAttribute("data-section");
    }

    private static String state(Page page, String section) {
        return page.getAttribute("tr[data-section='" + section + "']", "data-state");
    }

    /** Clicks "Sync now" on the event's Sync tab and reloads until its {@code runs}-th run has finished. */
    private void syncNowAndWait(Page page, String classes, int runs) {
        page.navigate(admin.url(classes.replace("/classes", "/sync")).toString());
        page.click("#sync-now");
        assertThat(page.textContent(".flash.ok")).startsWith("Sync queued");
        Fixtures.await(() -> {
            page.reload();
            return page.locator("#runs tbody tr").count() >= runs;
        });
        assertThat(page.locator("#runs tbody tr .status").first().textContent()).isEqualTo("succeeded");
        page.navigate(admin.url(classes).toString());
    }

    private void stopAllThroughTheDialog(Page page) {
        page.click("nav >> text=Events");
        page.click("#stop-all");
        assertThat(page.isVisible("#stop-all-dialog")).isTrue();
        assertThat(page.locator("#stop-all-dialog .enabled-events li").allTextContents())
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("Fall conferences"))
                .anySatisfy(t -> assertThat(t).startsWith("Spring conferences"));
        BrowserFixture.screenshotTop(page, "events-stop-all");
        page.click("#confirm-stop-all");
        assertThat(page.textContent(".flash.ok")).isEqualTo("Nightly sync stopped for 2 event(s).");
        assertThat(page.locator("#events .status:text('stopped')").count()).isEqualTo(2);
    }
}
