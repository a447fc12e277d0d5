package org.rosterbridge.generator;

import org.rosterbridge.clever.csv.Row;

/** The churn of one file: sees its rows in order, then adds what comes at the end. */
interface FileChurn {

    void accept(Row row);

    /** Called once after the file's last row (or instead of any row when the file is empty or absent). */
    void finish();
}
