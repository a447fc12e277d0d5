package org.rosterbridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rosterbridge.export.GeneratedSis;
import org.rosterbridge.export.SisExport;
import org.rosterbridge.export.SyntheticSis;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterbridge sis generate}: a deterministic synthetic SIS extract (docs/sis-schema.md). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a deterministic synthetic SIS extract that exercises every export rule.")
final class SisGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same files.")
    long seed;

    @Option(names = "--out", required = true, description = "Directory to write the extract into.")
    Path out;

    static final class Size {
        @Option(names = "--tier", description = "S (5k students), M (50k), L (350k) or XL (1.1M).")
        SyntheticSis.Tier tier;

        @Option(names = "--students", description = "Any number of students.")
        Integer students;
    }

    @Override
    public Integer call() {
        int students = size.tier != null ? size.tier.students() : size.students;
        if (students < 1) {
            spec.commandLine().getErr().println("--students must be at least 1");
            return ExitCodes.USAGE;
        }
        GeneratedSis generated = SisExport.generate(new SyntheticSis(students, seed, out));
        spec.commandLine().getOut().printf("wrote a synthetic SIS of %d students to %s%n", students, generated.out());
        new java.util.TreeMap<>(generated.rows())
                .forEach((file, rows) -> spec.commandLine().getOut().printf("  %-26s %,d rows%n", file, rows));
        return ExitCodes.OK;
    }
}
