package org.rosterbridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverCsvException;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.FileSummary;
import org.rosterbridge.clever.csv.Problem;
import org.rosterbridge.clever.csv.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a directory of Clever SFTP files (schools, teachers, staff, students, sections, enrollments).",
            "Prints one line per problem (file:line:column rule-id severity message), then a summary.",
            "Exit code: 0 valid (warnings allowed), 1 any error, 2 usage or unreadable directory."
        })
final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory holding the CSV files.")
    Path directory;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "text (default): one line per problem and a summary; json: one JSON object.")
    String format;

    @Override
    public Integer call() throws Exception {
        boolean json = json();
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new ParameterException(spec.commandLine(), directory + " is not a readable directory");
        }
        ValidationReport report;
        try {
            report = CleverCsv.validate(directory);
        } catch (CleverCsvException e) {
            spec.commandLine().getErr().println("validate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(asJson(report)));
        } else {
            printText(report, out);
        }
        out.flush();
        return report.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private boolean json() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default ->
                throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        };
    }

    private static void printText(ValidationReport report, PrintWriter out) {
        report.problems().forEach(out::println);
        long unlisted = report.errors() + report.warnings() - report.problems().size();
        if (unlisted > 0) {
            out.println("... " + unlisted + " more problems not listed");
        }
        out.println(summary(report));
    }

    /** One line: the verdict, the totals, then rows and counts per file. */
    static String summary(ValidationReport report) {
        StringJoiner line = new StringJoiner("; ");
        line.add((report.valid() ? "valid: " : "invalid: ") + counts(report.errors(), report.warnings()));
        for (CleverFile file : CleverFile.values()) {
            FileSummary summary = report.files().get(file);
            line.add(file.fileName() + " "
                    + (summary.present()
                            ? plural(summary.rows(), "row") + ", " + counts(summary.errors(), summary.warnings())
                            : "absent"));
        }
        return line.toString();
    }

    private static String counts(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static ObjectNode asJson(ValidationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", report.valid());
        root.put("errors", report.errors());
        root.put("warnings", report.warnings());
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : report.problems()) {
            problems.addObject()
                    .put("file", problem.file())
                    .put("line", problem.line())
                    .put("column", problem.column())
                    .put("rule", problem.rule().id())
                    .put("severity", problem.severity().word())
                    .put("message", problem.message());
        }
        ObjectNode files = root.putObject("files");
        for (CleverFile file : CleverFile.values()) {
            FileSummary summary = report.files().get(file);
            files.putObject(file.fileName())
                    .put("present", summary.present())
                    .put("rows", summary.rows())
                    .put("errors", summary.errors())
                    .put("warnings", summary.warnings());
        }
        return root;
    }
}
