package org.rosterbridge.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Playwright and one headless Debian chromium per test class; a fresh context (cookies) per {@link
 * #newPage()}. Use as {@code @RegisterExtension static final BrowserFixture browser = new BrowserFixture();}.
 * The browser comes from {@code CHROMIUM_PATH}, else {@code /usr/bin/chromium}; Playwright never downloads one.
 * Screenshots go to {@code target/screenshots/}.
 */
final class BrowserFixture implements BeforeAllCallback, AfterAllCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page in a fresh context: no cookies, 1200×800. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 800));
        return context.newPage();
    }

    /** Opens the login page of {@code admin} and signs in with the given credentials. */
    static void login(Page page, TestAdmin admin, String user, String password) {
        page.navigate(admin.url("/login").toString());
        page.fill("input[name=user]", user);
        page.fill("input[name=password]", password);
        page.click("#login-form button[type=submit]");
    }

    /** Signs in as the test admin and waits for the dashboard. */
    static void login(Page page, TestAdmin admin) {
        login(page, admin, TestAdmin.USER, TestAdmin.PASSWORD);
        page.waitForURL(admin.url("/").toString());
    }

    /** Saves a full-page PNG as {@code target/screenshots/NAME.png}. */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Saves what the 1200×800 viewport shows, for pages too long to keep whole. */
    static void screenshotTop(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
