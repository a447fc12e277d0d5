package org.rosterbridge.clever.api;

import java.io.Serial;

/** Raised inside a record decoder and turned into {@link Decoded.Failed} at the facade; never escapes it. */
final class DecodeFailure extends CleverApiException {

    @Serial
    private static final long serialVersionUID = 1L;

    final String path;
    final String problem;

    DecodeFailure(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }
}
