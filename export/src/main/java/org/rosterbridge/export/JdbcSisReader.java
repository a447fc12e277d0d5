package org.rosterbridge.export;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the SIS tables from a database with plain JDBC. Student-ordered tables are read with
 * {@code ORDER BY student_id}; on PostgreSQL the order uses the {@code "C"} collation so that it matches
 * the code-point order the export merges by.
 */
final class JdbcSisReader implements SisReader {
    private static final int FETCH_SIZE = 5_000;

    private final Connection connection;
    private final Problems problems;
    private final Set<String> tables;
    private final boolean postgres;

    private JdbcSisReader(Connection connection, Problems problems) throws SQLException {
        this.connection = connection;
        this.problems = problems;
        DatabaseMetaData meta = connection.getMetaData();
        this.tables = tableNames(meta);
        this.postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
    }

    static JdbcSisReader connect(SisSource.Jdbc source, Problems problems) {
        try {
            return new JdbcSisReader(
                    DriverManager.getConnection(source.url(), source.user(), source.password()), problems);
        } catch (SQLException e) {
            // The message of a failed login may echo the URL but never the password, which is not in it.
            throw new ExportException("cannot open the SIS database: " + e.getMessage(), e);
        }
    }

    private static Set<String> tableNames(DatabaseMetaData meta) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @Override
    public TableCursor open(SisTable table) {
        if (!tables.contains(table.tableName())) {
            if (table.required()) {
                throw new ExportException("the SIS database has no table " + table.tableName());
            }
            return TableCursor.empty();
        }
        try {
            Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            return new Cursor(table, statement, statement.executeQuery(query(table)));
        } catch (SQLException e) {
            throw new ExportException("cannot read table " + table.tableName() + ": " + e.getMessage(), e);
        }
    }

    private String query(SisTable table) {
        String sql = "SELECT " + String.join(", ", table.columns()) + " FROM " + table.tableName();
        if (table.studentOrdered()) {
            sql += postgres ? " ORDER BY student_id COLLATE \"C\"" : " ORDER BY student_id";
        }
        return sql;
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new ExportException("cannot close the SIS database: " + e.getMessage(), e);
        }
    }

    private final class Cursor implements TableCursor {
        private final SisTable table;
        private final Statement statement;
        private final ResultSet results;
        private long line;
        private SisRow row;

        Cursor(SisTable table, Statement statement, ResultSet results) {
            this.table = table;
            this.statement = statement;
            this.results = results;
        }

        @Override
        public boolean advance() {
            try {
                if (!results.next()) {
                    return false;
                }
                String[] values = new String[table.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    String value = results.getString(i + 1);
                    values[i] = value == null ? "" : value.strip();
                }
                row = new SisRow(table, ++line, values, problems);
                return true;
            } catch (SQLException e) {
                throw new ExportException("cannot read table " + table.tableName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public SisRow row() {
            return row;
        }

        @Override
        public void close() {
            try {
                results.close();
                statement.close();
            } catch (SQLException e) {
                throw new ExportException("cannot close table " + table.tableName() + ": " + e.getMessage(), e);
            }
        }
    }
}
