package org.rosterbridge.export;

import java.nio.file.Path;

/**
 * Where the SIS data comes from: a directory holding one CSV per table, or a database holding the same
 * tables. docs/sis-schema.md describes both.
 */
public sealed interface SisSource {

    /** An extract directory: {@code students.csv}, {@code classes.csv}, ... */
    record CsvExtract(Path directory) implements SisSource {}

    /**
     * A JDBC database with the tables of docs/sis-schema.md; the driver must be on the class path.
     *
     * @param password never printed: {@link #toString()} masks it
     */
    record Jdbc(String url, String user, String password) implements SisSource {
        @Override
        public String toString() {
            return "Jdbc[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /** A JDBC URL ({@code jdbc:...}) as a database source, anything else as an extract directory. */
    static SisSource parse(String location, String user, String password) {
        if (location.startsWith("jdbc:")) {
            return new Jdbc(location, user, password);
        }
        return new CsvExtract(Path.of(location));
    }
}
