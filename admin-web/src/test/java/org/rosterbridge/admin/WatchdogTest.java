package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;
import org.rosterbridge.sync.SyncMode;
import org.rosterbridge.sync.SyncSettings;

class WatchdogTest {

    @TempDir
    Path dir;

    @Test
    void listsADistrictNeverSyncedAndOneWhoseLastSuccessIsOlderThanADay() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        AdminSettings settings = AdminSettings.of(
                        SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"))
                .withClock(clock);
        try (SandboxDistrict sandbox = Sandbox.start(Fixtures.district(dir, 60), SandboxSettings.defaults());
                TestAdmin admin = new TestAdmin(settings)) {
            long id = admin.web.connectDistrict(sandbox.baseUrl(), sandbox.token(), "v3.0", ZoneId.of("UTC"));
            Http http = new Http(admin).login();
            assertThat(watchdog(http)).contains("never synced");

            Object outcome = admin.web.platform().districtSync().run(id, SyncMode.FULL, false);
            assertThat(outcome).isInstanceOf(DistrictSync.Outcome.Ran.class);
            assertThat(watchdog(http)).contains("Every district synced successfully");

            String synced = Labels.time(clock.instant());
            clock.advance(Duration.ofHours(25));
            // The idle session expired with the day; sign in again.
            assertThat(http.get("/").statusCode()).isEqualTo(302);
            assertThat(watchdog(new Http(admin).login())).contains("last success " + synced);
        }
    }

    private static String watchdog(Http http) {
        var response = http.get("/");
        String page = response.body();
        assertThat(page).as("status %s", response.statusCode()).contains("id=\"watchdog\"");
        return page.substring(page.indexOf("id=\"watchdog\""), page.indexOf("</section>"));
    }
}
