package org.rosterbridge.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rosterbridge sis}: tools for the SIS side; on its own it prints its usage. */
@Command(
        name = "sis",
        mixinStandardHelpOptions = true,
        description = "SIS tools: generate a synthetic SIS extract.",
        subcommands = {SisGenerateCommand.class})
final class SisCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
