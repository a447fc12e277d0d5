package org.rosterbridge.admin;

import java.io.Serial;

/** Every failure of the admin UI module. */
public final class AdminException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
