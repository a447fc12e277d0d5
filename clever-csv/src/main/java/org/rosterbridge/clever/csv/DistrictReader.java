package org.rosterbridge.clever.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads a district directory: each file in {@link CleverFile} order, then the report. Single use. */
final class DistrictReader {

    private final Path directory;
    private final Problems problems = new Problems();
    private final ValueNormaliser normaliser;
    private final RowRules rules;

    /** @param currentYear the year two-digit years are placed around */
    DistrictReader(Path directory, int currentYear) {
        this.directory = directory;
        DateParser dates = new DateParser(currentYear);
        this.normaliser = new ValueNormaliser(dates);
        this.rules = new RowRules(dates);
    }

    ValidationReport read(Consumer<Row> sink) {
        if (!Files.isDirectory(directory)) {
            throw new CleverCsvException(directory + " is not a directory");
        }
        Map<CleverFile, FileSummary> summaries = new EnumMap<>(CleverFile.class);
        long errors = 0;
        long warnings = 0;
        for (CleverFile file : CleverFile.values()) {
            FileSummary summary = readFile(file, sink);
            summaries.put(file, summary);
            errors += summary.errors();
            warnings += summary.warnings();
        }
        return new ValidationReport(problems.listed(), errors, warnings, summaries);
    }

    private FileSummary readFile(CleverFile file, Consumer<Row> sink) {
        Path path = directory.resolve(file.fileName());
        boolean present = Files.isRegularFile(path);
        long rows = 0;
        if (present) {
            CsvFileReader.Outcome outcome = new CsvFileReader(file, path, problems, normaliser, rules).read(sink);
            rows = outcome.rows();
            if (outcome.whole()) {
                rules.readWhole(file);
            }
        } else if (file.required()) {
            problems.add(
                    file, 0, 0, Rule.FILE_MISSING, file.fileName() + " is missing; Clever requires it" + hint(file));
        }
        problems.endFile();
        return new FileSummary(file, present, rows, problems.errors(file), problems.warnings(file));
    }

    /** Names a file that differs only in case: Clever's file names are case-sensitive. */
    private String hint(CleverFile file) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> near = entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).equals(file.fileName()))
                    .toList();
            return near.isEmpty() ? "" : " (found \"" + near.get(0) + "\"; file names are case-sensitive)";
        } catch (IOException e) {
            throw new CleverCsvException("cannot list " + directory, e);
        }
    }
}
