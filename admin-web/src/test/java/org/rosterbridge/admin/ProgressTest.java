package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sync.SyncMode;

class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void showsAnotherNodesRunningSyncAndRefusesToStartASecond() {
        try (TestAdmin admin = new TestAdmin(dir)) {
            long id = admin.web.connectDistrict(URI.create("http://127.0.0.1:9"), "tok-5678", "v3.0", ZoneId.of("UTC"));
            // Another node holds the district's lease and has reported progress.
            Leases otherNode = new Leases(admin.web.platform().db().jdbi(), InstantSource.system());
            assertThat(otherNode.acquire(id, "node-b:1")).isTrue();
            otherNode.renew(id, "node-b:1", new Leases.Live("run-42", "planning", 60));
            Http http = new Http(admin).login();

            String progress = http.get("/api/districts/" + id + "/progress").body();
            http.post("/districts/" + id + "/sync", Http.form("mode", "full"));
            String page = http.get("/districts/" + id).body();

            assertThat(progress)
                    .isEqualTo(
                            "{\"running\":true,\"runId\":\"run-42\",\"phase\":\"planning\",\"percent\":60,\"lastRunId\":\"\"}");
            assertThat(page).contains("A sync of this district is already running.", "data-running=\"true\"");
            assertThat(admin.web.platform().districtSync().run(id, SyncMode.FULL, false))
                    .isInstanceOf(DistrictSync.Outcome.Busy.class);
        }
    }
}
