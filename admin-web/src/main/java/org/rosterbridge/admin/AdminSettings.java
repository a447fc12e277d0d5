package org.rosterbridge.admin;

/**
 * How to run the admin UI.
 *
 * @param jdbcUrl the app database (the one {@code sync} writes)
 * @param port the HTTP port; 0 picks a free one
 */
public record AdminSettings(String jdbcUrl, int port) {

    public AdminSettings {
        if (jdbcUrl.isBlank()) {
            throw new AdminException("a database URL is required");
        }
        if (port < 0 || port > 65_535) {
            throw new AdminException("port must be between 0 and 65535, was " + port);
        }
    }
}
