package org.rosterbridge.cli;

import picocli.CommandLine.ParameterException;

/** The CLI's exit codes: 0 ok, 1 a data or run failure, 2 usage or configuration. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    /** Picocli consults this for parse errors too, so its own ParameterException must map to usage. */
    static int of(Throwable failure) {
        return failure instanceof UsageException || failure instanceof ParameterException ? USAGE : FAILURE;
    }
}
