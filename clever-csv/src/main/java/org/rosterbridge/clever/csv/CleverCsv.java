package org.rosterbridge.clever.csv;

import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * The entry point for Clever's SFTP files: reading a district directory (streaming, normalising and
 * validating in one pass) and writing files.
 *
 * <p>Reading never holds a whole file in memory: rows are handed to the caller one at a time, and only the
 * ids needed to check references are kept. Problems are collected, never thrown.
 */
public final class CleverCsv {

    private CleverCsv() {}

    /**
     * Reads every file of the district in {@code directory}, in {@link CleverFile} order, handing each
     * normalised row to {@code sink} and collecting every problem.
     *
     * @throws CleverCsvException when the directory cannot be read at all
     */
    public static ValidationReport read(Path directory, Consumer<Row> sink) {
        return new DistrictReader(directory, Year.now(ZoneOffset.UTC).getValue()).read(sink);
    }

    /** Reads and validates the district in {@code directory}, keeping no rows. */
    public static ValidationReport validate(Path directory) {
        return read(directory, row -> {});
    }

    /**
     * A writer for one file: double-quoted, comma-delimited, UTF-8 without BOM, LF line ends, a header row
     * with the given columns in the given order.
     */
    public static CleverCsvWriter writer(Path target, CleverFile file) {
        return new CleverCsvWriter(target, file);
    }
}
