package org.rosterbridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "rosterbridge",
        mixinStandardHelpOptions = true,
        version = "rosterbridge 0.1.0",
        description = "School rosters from the SIS, through Clever, into education apps.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            GenerateCommand.class,
            ValidateCommand.class,
            HubCommand.class,
            SisCommand.class,
            ExportCommand.class,
            SyncCommand.class,
            LocalCommand.class,
            ServeCommand.class,
            AdminCommand.class
        })
final class RosterbridgeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RosterbridgeCommand());
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
