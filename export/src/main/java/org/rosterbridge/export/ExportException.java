package org.rosterbridge.export;

import java.io.Serial;

/** The base of every failure the export module throws: configuration, an unreadable SIS, a failed delivery. */
public class ExportException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
