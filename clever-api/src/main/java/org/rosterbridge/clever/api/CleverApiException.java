package org.rosterbridge.clever.api;

import java.io.Serial;

/** The one unchecked exception of this module. Messages name paths, ids and statuses, never personal data or tokens. */
public class CleverApiException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CleverApiException(String message) {
        super(message);
    }

    public CleverApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
