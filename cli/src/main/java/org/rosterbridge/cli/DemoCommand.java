package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.ValidationReport;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GenerationSummary;
import org.rosterbridge.generator.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Runs the chain on embedded defaults: generates a small district as Clever files and validates it.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the demo keeps its files (default ./data/demo).")
    Path dir = Path.of("data", "demo");

    @Option(names = "--students", paramLabel = "N", description = "District size (default 2000).")
    int students = 2_000;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default 7).")
    long seed = 7;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path district = dir.resolve("district");
        GenerationSummary generated = DistrictGenerator.generate(new GeneratorSettings(students, seed), district);
        out.printf(Locale.ROOT, "1. generated a district of %,d students in %s%n", students, district);
        generated.files().forEach(f -> out.printf(Locale.ROOT, "     %-16s %,9d rows%n", f.fileName(), f.rows()));
        ValidationReport report = CleverCsv.validate(district);
        out.printf(
                Locale.ROOT,
                "2. validated it as Clever would: %s, %d errors, %d warnings%n",
                report.valid() ? "valid" : "invalid",
                report.errors(),
                report.warnings());
        report.problems().stream().limit(10).forEach(p -> out.println("     " + p));
        out.println("next: ./rosterbridge validate " + district + " --format json");
        return report.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
