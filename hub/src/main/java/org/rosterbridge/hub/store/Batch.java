package org.rosterbridge.hub.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.hub.HubException;

/**
 * A JDBC batch on the handle's connection, for bulk writes where Jdbi's per-argument binding shows in the
 * profile. Values are Integer, Long, String or byte[]. Not thread-safe.
 */
final class Batch {
    private final PreparedStatement statement;
    private int size;

    Batch(Handle handle, String sql) {
        try {
            this.statement = handle.getConnection().prepareStatement(sql);
        } catch (SQLException e) {
            throw new HubException("cannot prepare a bulk write: " + e.getMessage(), e);
        }
    }

    void add(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                set(i + 1, values[i]);
            }
            statement.addBatch();
            size++;
        } catch (SQLException e) {
            throw new HubException("cannot add to a bulk write: " + e.getMessage(), e);
        }
    }

    private void set(int index, Object value) throws SQLException {
        if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof byte[] b) {
            statement.setBytes(index, b);
        } else {
            statement.setNull(index, Types.NULL);
        }
    }

    int size() {
        return size;
    }

    void execute() {
        if (size == 0) {
            return;
        }
        try {
            statement.executeBatch();
            size = 0;
        } catch (SQLException e) {
            throw new HubException("a bulk write failed: " + e.getMessage(), e);
        }
    }
}
