package org.rosterbridge.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** Uploads that change too much wait for approval while the previous snapshot keeps serving. */
class HoldsTest {
    @TempDir
    Path dir;

    /** The fixture without two of its five students: 40 % of students deleted. */
    private void writeMassDeletion() {
        Fixture.district()
                .without(CleverFile.STUDENTS, "S4,")
                .without(CleverFile.STUDENTS, "S5,")
                .without(CleverFile.ENROLLMENTS, "S4")
                .without(CleverFile.ENROLLMENTS, "S5")
                .writeTo(dir);
    }

    private static int students(Http http) {
        return Hubs.walk(http, "/v3.0/users?role=student").size();
    }

    @Test
    void holdsAnUploadDeletingMoreThanTenPercentAndKeepsServingThePreviousOne() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Http http = Http.of(hub);
            String cursor = Replay.cursor(http, "v3.0");
            writeMassDeletion();
            IngestResult result = hub.ingestNow();
            assertThat(result)
                    .isInstanceOfSatisfying(
                            IngestResult.Held.class,
                            held -> assertThat(held.reasons())
                                    .anySatisfy(r -> assertThat(r).contains("delete 2 of 5 students")));
            assertThat(students(http)).isEqualTo(5);
            assertThat(Replay.events(http, "v3.0", cursor)).isEmpty();
            HubStatus status = hub.status();
            assertThat(status.servedSnapshot()).isEqualTo(1);
            assertThat(status.held())
                    .singleElement()
                    .satisfies(u -> assertThat(u.snapshot()).isEqualTo(2));
        }
    }

    @Test
    void servesAHeldUploadOnceApprovedOverHttpWithItsEvents() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Http http = Http.of(hub);
            String cursor = Replay.cursor(http, "v3.0");
            writeMassDeletion();
            int held = hub.ingestNow().snapshot();
            assertThat(http.withToken(hub.token())
                            .post("/admin/snapshots/" + held + "/approve")
                            .status())
                    .isEqualTo(401);
            Http.Response approved = Http.admin(hub).post("/admin/snapshots/" + held + "/approve");
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().path("outcome").asText()).isEqualTo("published");
            assertThat(students(http)).isEqualTo(3);
            assertThat(Replay.events(http, "v3.0", cursor))
                    .filteredOn(e -> e.path("type").asText().equals("users.deleted"))
                    .hasSize(2);
            assertThat(hub.status().servedSnapshot()).isEqualTo(held);
        }
    }

    @Test
    void dropsADiscardedUploadAndItsEvents() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            Http http = Http.of(hub);
            String cursor = Replay.cursor(http, "v3.0");
            writeMassDeletion();
            int held = hub.ingestNow().snapshot();
            assertThat(Http.admin(hub)
                            .post("/admin/snapshots/" + held + "/discard")
                            .status())
                    .isEqualTo(200);
            assertThat(students(http)).isEqualTo(5);
            assertThat(hub.status().held()).isEmpty();
            assertThat(hub.status().uploads().get(0).state()).isEqualTo(UploadState.DISCARDED);
            assertThat(Http.admin(hub)
                            .post("/admin/snapshots/" + held + "/approve")
                            .status())
                    .isEqualTo(409);
            Fixture.district()
                    .plus(CleverFile.STUDENTS, "SCH3,S7,Moe,Mo,9,M,2010-01-01,,,,,,,")
                    .writeTo(dir);
            assertThat(hub.ingestNow()).isInstanceOf(IngestResult.Published.class);
            assertThat(Replay.events(http, "v3.0", cursor))
                    .extracting(e -> e.path("type").asText())
                    .doesNotContain("users.deleted")
                    .contains("users.created");
        }
    }

    @Test
    void replacesAHeldUploadWithANewerOne() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub = Hubs.start(dir)) {
            writeMassDeletion();
            int first = hub.ingestNow().snapshot();
            Fixture.district()
                    .without(CleverFile.STUDENTS, "S5,")
                    .without(CleverFile.ENROLLMENTS, "S5")
                    .writeTo(dir);
            IngestResult second = hub.ingestNow();
            assertThat(second).isInstanceOf(IngestResult.Held.class);
            List<Upload> uploads = hub.status().uploads();
            assertThat(uploads)
                    .filteredOn(u -> u.snapshot() == first)
                    .singleElement()
                    .satisfies(u -> assertThat(u.state()).isEqualTo(UploadState.DISCARDED));
            assertThat(hub.status().held()).extracting(Upload::snapshot).containsExactly(second.snapshot());
        }
    }

    @Test
    void approvesAndDiscardsFromAnotherProcessThroughTheDatabase() {
        Fixture.district().writeTo(dir);
        HubSettings settings = Hubs.settings(dir).build();
        try (RunningHub hub = Hub.start(settings)) {
            writeMassDeletion();
            int held = hub.ingestNow().snapshot();
            assertThat(Hub.approve(settings)).isEqualTo(held);
            assertThatThrownBy(() -> Hub.discard(settings))
                    .isInstanceOf(HubException.class)
                    .hasMessageContaining("no snapshot is held");
        }
        try (RunningHub hub = Hub.start(settings)) {
            assertThat(students(Http.of(hub))).isEqualTo(3);
        }
    }

    @Test
    void holdsAnUploadUpdatingMoreThanTheUpdateThreshold() {
        Fixture.district().writeTo(dir);
        try (RunningHub hub =
                Hub.start(Hubs.settings(dir).holdThresholds(10, 50).build())) {
            Fixture.district()
                    .with(
                            CleverFile.SECTIONS,
                            Fixture.SECTIONS
                                    .replace(",6,science,", ",7,science,")
                                    .replace(",9,basket", ",10,basket")
                                    .replace(",10,science", ",11,science"))
                    .writeTo(dir);
            IngestResult result = hub.ingestNow();
            assertThat(result)
                    .isInstanceOfSatisfying(
                            IngestResult.Held.class,
                            held -> assertThat(held.reasons())
                                    .anySatisfy(r -> assertThat(r).contains("update 3 of 5 sections")));
        }
    }
}
