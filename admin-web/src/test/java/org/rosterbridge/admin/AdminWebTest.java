package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.sync.SyncSettings;

class AdminWebTest {

    @TempDir
    Path dir;

    @Test
    void startsTwiceOnTheSameDatabaseAndKeepsItsUsers() {
        AdminSettings settings = AdminSettings.of(
                        SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"));
        try (TestAdmin first = new TestAdmin(settings)) {
            assertThat(new Http(first).login().get("/").statusCode()).isEqualTo(200);
        }
        try (AdminWeb.Running again = AdminWeb.start(settings)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void createsTheKeyFileReadableOnlyByItsOwner() throws Exception {
        AdminSettings settings = AdminSettings.of(
                        SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"));

        AdminWeb.start(settings).close();

        Path key = dir.resolve("data").resolve(TokenCipher.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(key).strip()).hasSize(44);
    }

    @Test
    void createsTheFirstUserWithoutServing() {
        AdminSettings settings = AdminSettings.of(
                        SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"));

        AdminWeb.createUser(settings, "first", "a-long-password".toCharArray());

        try (TestAdmin web = new TestAdmin(settings)) {
            assertThat(new Http(web).login("first", "a-long-password").get("/").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void refusesAShortPassword() {
        AdminSettings settings = AdminSettings.of(
                        SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"));

        assertThatThrownBy(() -> AdminWeb.createUser(settings, "first", "short".toCharArray()))
                .isInstanceOf(AdminException.class)
                .hasMessage("password: at least 12 characters");
    }
}
