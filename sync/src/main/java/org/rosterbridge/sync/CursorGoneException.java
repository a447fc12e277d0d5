package org.rosterbridge.sync;

import java.io.Serial;

/** Upstream no longer knows the saved event cursor (older than its retention, or unknown): a full sync is due. */
final class CursorGoneException extends SyncException {
    @Serial
    private static final long serialVersionUID = 1L;

    CursorGoneException(String cursor) {
        super("event cursor " + cursor + " is no longer known upstream");
    }
}
