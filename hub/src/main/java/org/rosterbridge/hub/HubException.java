package org.rosterbridge.hub;

import java.io.Serial;

/** The hub cannot do what was asked: bad settings, a missing snapshot, a database or port problem. */
public class HubException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public HubException(String message) {
        super(message);
    }

    public HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
