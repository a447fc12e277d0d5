package org.rosterbridge.cli;

import java.io.Serial;

/** A command was given arguments it cannot use (exit code 2); the message says which and why. */
final class UsageException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
