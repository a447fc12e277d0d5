package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.SyncMode;

class DiscardTest {

    @TempDir
    Path dir;

    @Test
    void discardsAHeldRunSoItCanNoLongerBeApproved() {
        Path district = Fixtures.district(dir, 80);
        try (SandboxDistrict sandbox = Sandbox.start(district, SandboxSettings.defaults());
                TestAdmin admin = new TestAdmin(dir.resolve("web"))) {
            long id = admin.web.connectDistrict(sandbox.baseUrl(), sandbox.token(), "v3.0", ZoneId.of("UTC"));
            DistrictSync sync = admin.web.platform().districtSync();
            sync.run(id, SyncMode.FULL, false);
            sandbox.replace(Fixtures.heavyChurn(district, dir));
            RunReport held = ((DistrictSync.Outcome.Ran) sync.run(id, SyncMode.FULL, false)).report();
            assertThat(held.status().wire()).isEqualTo("held");
            Http http = new Http(admin).login();

            http.post("/runs/" + held.runId() + "/discard", Http.form());
            String page = http.get("/runs/" + held.runId()).body();
            http.post("/runs/" + held.runId() + "/discard", Http.form());

            assertThat(page).contains("Discarded: the plan was dropped.", "id=\"run-status\">discarded<");
            assertThat(page).doesNotContain("id=\"approve\"");
            assertThat(http.get("/runs/" + held.runId()).body()).contains("Only a held run can be discarded.");
        }
    }
}
