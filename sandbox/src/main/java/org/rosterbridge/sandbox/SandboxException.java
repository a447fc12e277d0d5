package org.rosterbridge.sandbox;

import java.io.Serial;

/** A sandbox could not start, replace its snapshot or stop. */
public class SandboxException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
