package org.rosterbridge.sync;

import java.util.List;

/**
 * A record as the database holds it now. {@code row.cleverId()} is {@code ""} for a record the app had
 * before Clever; {@code students} are the local ids of the students a contact is linked to (its household).
 */
record Stored(long localId, boolean archived, String fingerprint, Row row, List<Long> students) {

    Stored {
        students = List.copyOf(students);
    }

    Kind kind() {
        return row.kind();
    }

    boolean keyed() {
        return !row.cleverId().isEmpty();
    }
}
