package org.rosterbridge.cli;

/** The CLI's exit codes: 0 ok, 1 a data or run failure, 2 usage or configuration. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    static int of(Throwable failure) {
        // picocli hands parse errors to the same mapper as failures; they are usage errors all the same.
        return failure instanceof UsageException || failure instanceof picocli.CommandLine.ParameterException
                ? USAGE
                : FAILURE;
    }
}
