package org.rosterbridge.sync;

import java.util.Optional;

/**
 * One column of the app schema as the sync sees it: values travel as text ({@code ""} when absent) and are
 * typed only at the database edge; a {@link Type#REF} column carries a Clever id in a row and a local id in
 * the database.
 */
record Column(String name, Type type, Optional<Kind> target) {

    enum Type {
        TEXT,
        DATE,
        TIMESTAMP,
        BOOL,
        INT,
        REF
    }

    static Column text(String name) {
        return new Column(name, Type.TEXT, Optional.empty());
    }

    static Column of(String name, Type type) {
        return new Column(name, type, Optional.empty());
    }

    static Column ref(String name, Kind target) {
        return new Column(name, Type.REF, Optional.of(target));
    }
}
