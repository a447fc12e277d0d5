package org.rosterbridge.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts many rows into one table inside the caller's transaction: on PostgreSQL by {@code COPY … FROM
 * STDIN} (text format, streamed in chunks), elsewhere by a JDBC batch flushed every thousand rows. Values
 * are positional, in {@code columns} order: {@link String}, {@link Long}, {@link Integer}, {@link Boolean},
 * {@link java.time.LocalDate}, {@link OffsetDateTime}, or {@link #NULL}.
 */
abstract sealed class BulkInsert implements AutoCloseable {

    /** SQL null. */
    static final Object NULL = Absent.NULL;

    private long total;

    /** Opens a bulk insert of {@code columns} into {@code table} on the handle's connection. */
    static BulkInsert open(Handle handle, String table, List<String> columns) {
        Connection connection = handle.getConnection();
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                return new Copy(connection.unwrap(PGConnection.class), table, columns);
            }
            return new Batched(connection, table, columns);
        } catch (SQLException e) {
            throw new SyncException(
                    "cannot start a bulk insert into " + table + " (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Adds one row. */
    final void add(Object... values) {
        try {
            write(values);
        } catch (SQLException e) {
            throw failure(e);
        }
        total++;
    }

    /** Rows added so far. */
    final long total() {
        return total;
    }

    /** Sends everything added so far; after it the rows are visible to the transaction. */
    final void flush() {
        try {
            send();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public final void close() {
        try {
            send();
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            release();
        }
    }

    abstract void write(Object[] values) throws SQLException;

    abstract void send() throws SQLException;

    abstract void release();

    abstract String table();

    // A database error's text can carry bound values (names, e-mails): only the table and SQL state are told.
    private SyncException failure(SQLException e) {
        return new SyncException("bulk insert into " + table() + " failed (SQL state " + e.getSQLState() + ")", e);
    }

    private enum Absent {
        NULL
    }

    /** PostgreSQL: one COPY per flush, fed from a buffer of encoded rows. */
    private static final class Copy extends BulkInsert {
        private static final int CHUNK = 1 << 20;

        private final PGConnection connection;
        private final String table;
        private final String sql;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
        private final StringBuilder line = new StringBuilder(256);

        Copy(PGConnection connection, String table, List<String> columns) {
            this.connection = connection;
            this.table = table;
            this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        }

        @Override
        void write(Object[] values) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                CopyText.append(line, values[i]);
            }
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (buffer.size() >= CHUNK) {
                send();
            }
        }

        @Override
        void send() throws SQLException {
            if (buffer.size() == 0) {
                return;
            }
            CopyIn copy = connection.getCopyAPI().copyIn(sql);
            try {
                byte[] bytes = buffer.toByteArray();
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            buffer.reset();
        }

        @Override
        void release() {
            buffer.reset();
        }

        @Override
        String table() {
            return table;
        }
    }

    /** Any other database: a prepared statement, batched. */
    private static final class Batched extends BulkInsert {
        private static final int SIZE = 1000;

        private final PreparedStatement statement;
        private final String table;
        private int pending;

        Batched(Connection connection, String table, List<String> columns) throws SQLException {
            this.table = table;
            String marks = String.join(", ", columns.stream().map(c -> "?").toList());
            this.statement = connection.prepareStatement(
                    "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")");
        }

        @Override
        void write(Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == NULL) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.addBatch();
            if (++pending == SIZE) {
                send();
            }
        }

        @Override
        void send() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        void release() {
            try {
                statement.close();
            } catch (SQLException e) {
                // Closing a statement of a transaction that goes on (or is rolled back) loses nothing.
            }
        }

        @Override
        String table() {
            return table;
        }
    }

    /** PostgreSQL's COPY text format: tab-separated, backslash escapes, {@code \N} for null. */
    private static final class CopyText {
        private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

        private CopyText() {}

        static void append(StringBuilder line, Object value) {
            if (value == NULL) {
                line.append("\\N");
            } else if (value instanceof String text) {
                escape(line, text);
            } else if (value instanceof OffsetDateTime at) {
                line.append(TIMESTAMP.format(at));
            } else {
                line.append(value);
            }
        }

        private static void escape(StringBuilder line, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
    }
}
