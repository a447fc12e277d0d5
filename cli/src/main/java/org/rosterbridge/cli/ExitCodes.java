package org.rosterbridge.cli;

import picocli.CommandLine;

/** The CLI's exit codes: 0 ok, 1 a data or run failure, 2 usage or configuration. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    /** Picocli hands its own parse errors (a missing required option, a bad value) here too: they are usage. */
    static int of(Throwable failure) {
        return failure instanceof UsageException || failure instanceof CommandLine.ParameterException ? USAGE : FAILURE;
    }
}
