package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rosterbridge.clever.csv.CleverCsvException;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GenerationSummary;
import org.rosterbridge.generator.GeneratorException;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.generator.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a deterministic synthetic district as Clever SFTP files (schools, teachers, staff, students,"
                    + " sections, enrollments), or with --from the next snapshot of an existing one.",
            "Same arguments, same bytes. Churn keeps dropped records in " + DistrictGenerator.HELD_FILE
                    + " beside the snapshot so that later steps can bring them back."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--tier", paramLabel = "S|M|L|XL", description = "A benchmark size: ${COMPLETION-CANDIDATES}.")
    Optional<Tier> tier;

    @Option(names = "--students", paramLabel = "N", description = "Any size, the tiers' proportions kept.")
    Optional<Integer> students;

    @Option(names = "--seed", required = true, paramLabel = "N", description = "The seed every value is drawn from.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the files.")
    Path out;

    @Option(names = "--from", paramLabel = "DIR", description = "Write the next snapshot of the district in DIR.")
    Optional<Path> from;

    @Option(
            names = "--churn",
            paramLabel = "PCT",
            description = "With --from: roughly how many records of each type change (default "
                    + ChurnSettings.DEFAULT_PERCENT + ").")
    Optional<Integer> churn;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        GenerationSummary summary;
        try {
            summary = from.isPresent()
                    ? DistrictGenerator.churn(churnSettings(), out)
                    : DistrictGenerator.generate(generatorSettings(), out);
        } catch (GeneratorException | CleverCsvException e) {
            spec.commandLine().getErr().println("generate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        print(summary, (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }

    private GeneratorSettings generatorSettings() {
        if (churn.isPresent()) {
            throw usage("--churn needs --from");
        }
        if (tier.isPresent() == students.isPresent()) {
            throw usage("give exactly one of --tier and --students (or --from)");
        }
        if (tier.isPresent()) {
            return GeneratorSettings.of(tier.get(), seed);
        }
        int count = students.get();
        if (count < GeneratorSettings.MIN_STUDENTS || count > GeneratorSettings.MAX_STUDENTS) {
            throw usage("--students must be between " + GeneratorSettings.MIN_STUDENTS + " and "
                    + GeneratorSettings.MAX_STUDENTS);
        }
        return new GeneratorSettings(count, seed);
    }

    private ChurnSettings churnSettings() {
        if (tier.isPresent() || students.isPresent()) {
            throw usage("--tier and --students do not go with --from: the district's size is what it is");
        }
        Path source = from.orElseThrow();
        if (!Files.isDirectory(source) || !Files.isReadable(source)) {
            throw usage("--from " + source + " is not a readable directory");
        }
        int percent = churn.orElse(ChurnSettings.DEFAULT_PERCENT);
        if (percent < 0 || percent > 100) {
            throw usage("--churn must be between 0 and 100");
        }
        return new ChurnSettings(source, percent, seed);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private void print(GenerationSummary summary, double seconds) {
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "wrote %s in %.1f s%n", out, seconds);
        for (GenerationSummary.Written file : summary.files()) {
            printer.printf(Locale.ROOT, "  %-16s %,12d rows %,16d bytes%n", file.fileName(), file.rows(), file.bytes());
        }
        for (GenerationSummary.Change change : summary.changes()) {
            printer.printf(
                    Locale.ROOT,
                    "  %-16s %,12d %s%n",
                    change.fileName(),
                    change.count(),
                    change.kind().name().toLowerCase(Locale.ROOT));
        }
        printer.flush();
    }
}
