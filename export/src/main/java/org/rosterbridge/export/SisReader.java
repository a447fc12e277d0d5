package org.rosterbridge.export;

/** An opened SIS: hands out a cursor per table; several may be open at once. */
interface SisReader extends AutoCloseable {

    /** A cursor over {@code table}, in {@code student_id} order when the table is student-ordered. */
    TableCursor open(SisTable table);

    @Override
    void close();

    static SisReader open(SisSource source, Problems problems) {
        if (source instanceof SisSource.Jdbc) {
            return JdbcSisReader.connect((SisSource.Jdbc) source, problems);
        }
        return new CsvSisReader(((SisSource.CsvExtract) source).directory(), problems);
    }
}
