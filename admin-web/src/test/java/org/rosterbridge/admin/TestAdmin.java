package org.rosterbridge.admin;

import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import org.rosterbridge.sync.SyncSettings;

/**
 * A running admin UI for a test: a fresh H2 file database under {@code dir}, a fixed secret key, and one
 * administrator ({@link #USER} / {@link #PASSWORD}). Close it after the test. Shared by the feature tests.
 */
final class TestAdmin implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "correct-horse-battery";
    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    final AdminSettings settings;
    final AdminWeb.Running web;

    TestAdmin(Path dir) {
        this(AdminSettings.of(SyncSettings.h2File(dir.resolve("app").toString()), 0)
                .withDataDir(dir.resolve("data"))
                .withSecretKey(KEY));
    }

    TestAdmin(AdminSettings settings) {
        this.settings = settings;
        this.web = AdminWeb.start(settings);
        web.createUser(USER, PASSWORD.toCharArray());
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    String jdbcUrl() {
        return settings.jdbcUrl();
    }

    @Override
    public void close() {
        web.close();
    }
}
