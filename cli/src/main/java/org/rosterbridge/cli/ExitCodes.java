package org.rosterbridge.cli;

<<<<<<< HEAD
import picocli.CommandLine;
=======
import picocli.CommandLine.ParameterException;
>>>>>>> csv

/** The CLI's exit codes: 0 ok, 1 a data or run failure, 2 usage or configuration. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

<<<<<<< HEAD
    /** Picocli hands its own parse errors (a missing required option, a bad value) here too: they are usage. */
    static int of(Throwable failure) {
        return failure instanceof UsageException || failure instanceof CommandLine.ParameterException ? USAGE : FAILURE;
=======
    /** Picocli consults this for parse errors too, so its own ParameterException must map to usage. */
    static int of(Throwable failure) {
        return failure instanceof UsageException || failure instanceof ParameterException ? USAGE : FAILURE;
>>>>>>> csv
    }
}
