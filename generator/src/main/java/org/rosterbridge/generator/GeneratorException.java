package org.rosterbridge.generator;

import java.io.Serial;

/** The base of this module's exceptions: a district could not be read or written. */
public class GeneratorException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }

    public GeneratorException(String message) {
        super(message);
    }
}
