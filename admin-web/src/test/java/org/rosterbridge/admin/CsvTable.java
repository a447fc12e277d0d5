package org.rosterbridge.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of a generated district's CSV files (every field quoted), to edit a snapshot for the sandbox. */
final class CsvTable {

    private static final Pattern FIELD = Pattern.compile("\"((?:[^\"]|\"\")*)\"");

    private final Path file;
    private final List<String> header;
    final List<List<String>> rows = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    static CsvTable read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            CsvTable table = new CsvTable(file, fields(lines.get(0)));
            lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> table.rows.add(fields(l)));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
            out.add(m.group(1).replace("\"\"", "\""));
        }
        return out;
    }

    String get(List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    void set(List<String> row, String column, String value) {
        row.set(header.indexOf(column), value);
    }

    void removeIf(Predicate<List<String>> test) {
        rows.removeIf(test);
    }

    void write() {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(r -> out.append(line(r)));
        try {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        fields.forEach(f -> quoted.add("\"" + f.replace("\"", "\"\"") + "\""));
        return String.join(",", quoted) + "\n";
    }
}
