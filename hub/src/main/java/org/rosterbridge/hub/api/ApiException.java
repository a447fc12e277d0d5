package org.rosterbridge.hub.api;

import java.io.Serial;
import org.rosterbridge.hub.HubException;

/** A request the API refuses, with the HTTP status and the message Clever-style clients read. */
final class ApiException extends HubException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    private ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** 400, naming the parameter and what it must be. */
    static ApiException badParameter(String parameter, String expected) {
        return new ApiException(400, "invalid value for " + parameter + ": " + expected);
    }

    static ApiException notFound() {
        return new ApiException(404, "Resource not found");
    }

    static ApiException unauthorized() {
        return new ApiException(401, "Unauthorized: a valid bearer token is required");
    }

    static ApiException tooLarge(int max) {
        return new ApiException(413, "Request entity too large: limit must be at most " + max);
    }

    static ApiException tooManyRequests() {
        return new ApiException(429, "Too many requests: the rate limit for this token is exceeded");
    }

    static ApiException conflict(String message) {
        return new ApiException(409, message);
    }
}
