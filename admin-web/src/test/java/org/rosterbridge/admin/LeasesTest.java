package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sync.ApiVersion;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncSettings;

class LeasesTest {

    @TempDir
    Path dir;

    final TestClock clock = new TestClock(Instant.parse("2026-11-23T12:00:00Z"));
    AdminDb db;
    Leases nodeA;
    Leases nodeB;
    long district;

    @BeforeEach
    void open() {
        String url = SyncSettings.h2File(dir.resolve("app").toString());
        SyncEngine.open(SyncSettings.defaults(url)).close();
        db = AdminDb.open(url);
        // Two Leases on two pools: two nodes sharing one database.
        nodeA = new Leases(db.jdbi(), clock);
        nodeB = new Leases(AdminDb.open(url).jdbi(), clock);
        Districts districts = new Districts(db.jdbi(), TokenCipherTest.cipher());
        district = districts.connect(
                new Districts.Connection(
                        URI.create("http://x.invalid"), "tok-1234", ApiVersion.V3_0, ZoneId.of("UTC"), ""),
                clock.instant());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void letsOnlyOneNodeHoldADistrict() {
        assertThat(nodeA.acquire(district, "a")).isTrue();

        assertThat(nodeB.acquire(district, "b")).isFalse();
        assertThat(nodeA.acquire(district, "a2")).isFalse();
    }

    @Test
    void freesTheDistrictOnRelease() {
        nodeA.acquire(district, "a");

        nodeA.release(district, "a");

        assertThat(nodeB.acquire(district, "b")).isTrue();
    }

    @Test
    void letsAnotherNodeTakeOverALeaseItsHolderStoppedRenewing() {
        nodeA.acquire(district, "a");
        clock.advance(Leases.TTL.plusSeconds(1));

        assertThat(nodeB.acquire(district, "b")).isTrue();
        assertThat(nodeA.renew(district, "a", new Leases.Live("run-1", "fetching", 5)))
                .isFalse();
        nodeA.release(district, "a");
        assertThat(nodeA.acquire(district, "a")).isFalse();
    }

    @Test
    void renewingKeepsTheLeaseAndShowsProgressToEveryNode() {
        nodeA.acquire(district, "a");
        clock.advance(Leases.TTL.minusSeconds(1));
        assertThat(nodeA.renew(district, "a", new Leases.Live("run-1", "planning", 60)))
                .isTrue();
        clock.advance(Duration.ofSeconds(2));

        assertThat(nodeB.acquire(district, "b")).isFalse();
        assertThat(nodeB.live(district)).contains(new Leases.Live("run-1", "planning", 60));
    }

    @Test
    void showsNoProgressOnceALeaseExpired() {
        nodeA.acquire(district, "a");
        clock.advance(Leases.TTL.plusSeconds(1));

        assertThat(nodeB.live(district)).isEmpty();
    }
}
