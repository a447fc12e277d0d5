package org.rosterbridge.clever.api;

import java.io.Serial;

/** Clever answered a request with a status the client does not retry, or kept failing until attempts ran out. */
public final class CleverHttpException extends CleverApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int status;

    CleverHttpException(String path, int status, int attempts) {
        super("GET " + path + " failed: HTTP " + status + (attempts > 1 ? " after " + attempts + " attempts" : ""));
        this.path = path;
        this.status = status;
    }

    /** The request path and query, e.g. {@code /v3.0/users?limit=10000}; never holds the token. */
    public String path() {
        return path;
    }

    public int status() {
        return status;
    }
}
