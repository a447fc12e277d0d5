package org.rosterbridge.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.CleverCsvWriter;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/** The six (or five) files of one snapshot being written, each through clever-csv's writer. */
final class DistrictFiles implements AutoCloseable {

    private final Path directory;
    private final Map<CleverFile, CleverCsvWriter> writers = new EnumMap<>(CleverFile.class);
    private final List<GenerationSummary.Written> written = new ArrayList<>();

    DistrictFiles(Path directory, Set<CleverFile> files) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new GeneratorException("cannot create " + directory, e);
        }
        for (CleverFile file : CleverFile.values()) {
            if (files.contains(file)) {
                writers.put(file, CleverCsv.writer(directory.resolve(file.fileName()), file));
            }
        }
    }

    void write(Row row) {
        writers.get(row.file()).write(row);
    }

    void writeAll(List<Row> rows) {
        for (Row row : rows) {
            write(row);
        }
    }

    boolean writes(CleverFile file) {
        return writers.containsKey(file);
    }

    /** Closes {@code file} early, once a streaming step knows it is complete. */
    void finish(CleverFile file) {
        CleverCsvWriter writer = writers.remove(file);
        if (writer != null) {
            writer.close();
            written.add(new GenerationSummary.Written(file.fileName(), writer.rows(), size(file)));
        }
    }

    @Override
    public void close() {
        for (CleverFile file : CleverFile.values()) {
            finish(file);
        }
    }

    /** What was written, in file order; call after {@link #close}. */
    List<GenerationSummary.Written> written() {
        List<GenerationSummary.Written> inOrder = new ArrayList<>();
        for (CleverFile file : CleverFile.values()) {
            written.stream()
                    .filter(entry -> entry.fileName().equals(file.fileName()))
                    .forEach(inOrder::add);
        }
        return inOrder;
    }

    private long size(CleverFile file) {
        try {
            return Files.size(directory.resolve(file.fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
