package org.rosterbridge.generator;

import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/** What every file's churn shares: the decisions, the memory, the held records, the output and the counts. */
record ChurnContext(
        ChurnDice dice,
        ChurnState state,
        HeldRecords held,
        DistrictFiles files,
        ChangeCounter counter,
        IdCounters ids) {

    void write(Row row) {
        files.write(row);
    }

    /** Drops a record's rows from the snapshot into the held records. */
    void drop(List<Row> rows) {
        for (Row row : rows) {
            held.drop(row);
        }
    }

    void count(CleverFile file, ChangeKind kind) {
        counter.count(file.fileName(), kind);
    }

    void countOnce(CleverFile file, ChangeKind kind, String id) {
        counter.countOnce(file.fileName(), kind, id);
    }
}
