package org.rosterbridge.sync;

import java.io.Serial;

/** A sync could not run or finish: bad settings, an unreachable or refusing API, a database failure. */
public class SyncException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
