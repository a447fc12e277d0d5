package org.rosterbridge.export;

/** Reads one SIS table front to back, a row at a time. */
interface TableCursor extends AutoCloseable {

    /** Moves to the next row; false at the end of the table. */
    boolean advance();

    /** The current row; only valid after {@link #advance()} returned true. */
    SisRow row();

    @Override
    void close();

    static TableCursor empty() {
        return new TableCursor() {
            @Override
            public boolean advance() {
                return false;
            }

            @Override
            public SisRow row() {
                throw new IllegalStateException("an empty table has no rows");
            }

            @Override
            public void close() {}
        };
    }
}
