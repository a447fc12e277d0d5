package org.rosterbridge.clever.csv;

import java.io.Serial;

/** The base of this module's exceptions: I/O failures and misuse, never data problems (those are reported). */
public class CleverCsvException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CleverCsvException(String message, Throwable cause) {
        super(message, cause);
    }

    public CleverCsvException(String message) {
        super(message);
    }
}
