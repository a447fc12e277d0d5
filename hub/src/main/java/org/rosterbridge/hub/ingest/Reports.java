package org.rosterbridge.hub.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.FileSummary;
import org.rosterbridge.clever.csv.Problem;
import org.rosterbridge.clever.csv.ValidationReport;

/**
 * Validation reports as the hub keeps them: JSON in the database (for {@code /admin}) and a text file per
 * upload under {@code .hub/reports/}, one problem per line as {@code file:line:column rule severity message}.
 * Problems name ids and positions only, never personal data, so the files may be shared.
 */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {}

    static String json(ValidationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", report.valid());
        root.put("errors", report.errors());
        root.put("warnings", report.warnings());
        ObjectNode files = root.putObject("files");
        for (CleverFile file : CleverFile.values()) {
            FileSummary summary = report.files().get(file);
            if (summary != null) {
                files.putObject(file.fileName())
                        .put("present", summary.present())
                        .put("rows", summary.rows())
                        .put("errors", summary.errors())
                        .put("warnings", summary.warnings());
            }
        }
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> problems.add(p.toString()));
        return write(root);
    }

    /** A report for an upload that could not be read at all. */
    static String failure(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", false).put("errors", 1).put("warnings", 0);
        root.putObject("files");
        root.putArray("problems").add(message);
        return write(root);
    }

    static String json(Map<String, Map<String, Integer>> changes) {
        return write(JSON.valueToTree(changes));
    }

    static String json(List<String> values) {
        return write(JSON.valueToTree(values));
    }

    static void writeFile(Path directory, int seq, String outcome, List<Problem> problems) {
        StringBuilder text = new StringBuilder("snapshot " + seq + ": " + outcome + "\n");
        problems.forEach(p -> text.append(p).append('\n'));
        writeFile(directory, seq, text.toString());
    }

    static void writeFile(Path directory, int seq, String text) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("snapshot-" + seq + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of snapshot " + seq, e);
        }
    }

    private static String write(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
