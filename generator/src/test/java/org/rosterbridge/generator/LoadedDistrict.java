package org.rosterbridge.generator;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rosterbridge.clever.csv.CleverFile;

/** A small district read whole into memory by header name, for assertions; independent of the reader under test. */
final class LoadedDistrict {

    private final Map<CleverFile, List<Map<String, String>>> rows = new EnumMap<>(CleverFile.class);

    private LoadedDistrict() {}

    static LoadedDistrict load(Path directory) {
        LoadedDistrict district = new LoadedDistrict();
        for (CleverFile file : CleverFile.values()) {
            Path path = directory.resolve(file.fileName());
            district.rows.put(file, Files.exists(path) ? read(path) : List.of());
        }
        return district;
    }

    private static List<Map<String, String>> read(Path path) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            reader.forEach(record -> rows.add(new LinkedHashMap<>(record.getFieldsAsMap())));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, String>> rows(CleverFile file) {
        return rows.get(file);
    }

    List<String> column(CleverFile file, String header) {
        return rows(file).stream().map(row -> row.get(header)).collect(Collectors.toList());
    }

    Set<String> distinct(CleverFile file, String header) {
        return new LinkedHashSet<>(column(file, header));
    }

    /** The rows of {@code file} grouped by the value of {@code header}, in first-seen order. */
    Map<String, List<Map<String, String>>> by(CleverFile file, String header) {
        return rows(file).stream()
                .collect(Collectors.groupingBy(row -> row.get(header), LinkedHashMap::new, Collectors.toList()));
    }
}
