package org.rosterbridge.generator;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.ValidationReport;

/** How a churn step reads a district: {@code CleverCsv::read}, or a stand-in in tests. */
@FunctionalInterface
interface DistrictReader {
    ValidationReport read(Path directory, Consumer<Row> sink);
}
