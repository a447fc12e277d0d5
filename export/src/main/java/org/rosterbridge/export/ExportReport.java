package org.rosterbridge.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rosterbridge.clever.csv.CleverFile;

/**
 * What an export run did.
 *
 * @param out the output directory
 * @param rows data rows written per file
 * @param churn the change per file against the last delivered export
 * @param warnings findings that did not stop delivery (Clever holds, left-out records, validator warnings)
 * @param problems findings that stopped delivery
 * @param delivered whether the files were moved into {@code out} (and uploaded, when asked)
 */
public record ExportReport(
        Path out,
        Map<CleverFile, Long> rows,
        Map<CleverFile, FileChurn> churn,
        List<ExportProblem> warnings,
        List<ExportProblem> problems,
        boolean delivered) {

    public ExportReport {
        rows = Map.copyOf(rows);
        churn = Map.copyOf(churn);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }
}
