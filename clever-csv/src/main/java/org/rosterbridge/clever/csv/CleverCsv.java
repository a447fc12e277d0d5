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
 * ids needed to check references are kept. Problems are collected, never thrown. Each file is parsed on a
 * second thread a few hundred records ahead of the checks; the rows still reach the sink in order, on
 * the calling thread.
 */
public final class CleverCsv {

    private CleverCsv() {}

    /**
     * Reads every file of the district in {@code directory}, in {@link CleverFile} order, handing each
     * normalised row to {@code sink} (on this thread, in file order then line order) and collecting every
     * problem. Rows with problems are handed over too; an upload with any error must be rejected whole.
     *
     * @throws CleverCsvException when the directory or one of its files cannot be read at all
     */
    public static ValidationReport read(Path directory, Consumer<Row> sink) {
        return reader(directory).read(sink);
    }

    /** Reads and validates the district in {@code directory}, keeping no rows (none is even built). */
    public static ValidationReport validate(Path directory) {
        return reader(directory).read(DistrictReader.NO_ROWS);
    }

    /**
     * A writer for one file: double-quoted, comma-delimited, UTF-8 without BOM, LF line ends, a header row
     * with the given columns in the given order.
     */
    public static CleverCsvWriter writer(Path target, CleverFile file) {
        return new CleverCsvWriter(target, file);
    }

    private static DistrictReader reader(Path directory) {
        return new DistrictReader(directory, Year.now(ZoneOffset.UTC).getValue(), true);
    }
}
