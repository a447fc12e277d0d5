package org.rosterbridge.hub;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.rosterbridge.hub.store.SnapshotStore;

/**
 * The hub's secrets: given in the settings, or generated once and kept in the database so a restart
 * serves the same tokens and accepts the same SFTP password.
 */
record Credentials(String token, String adminToken, String sftpPassword) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static Credentials of(HubSettings settings, SnapshotStore store) {
        return new Credentials(
                given(settings.token(), "district-token", store),
                given(settings.adminToken(), "admin-token", store),
                given(settings.sftpPassword(), "sftp-password", store));
    }

    private static String given(String value, String name, SnapshotStore store) {
        return value.isEmpty() ? store.settingOrInit(name, random()) : value;
    }

    /** 40 hex digits, like Clever's tokens. */
    static String random() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
