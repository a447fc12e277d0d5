package org.rosterbridge.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;

/** Moves text values across the database edge in their column's type; {@code ""} is SQL null. */
final class Values {

    private Values() {}

    static void bind(SqlStatement<?> statement, String name, Column column, String value, Map<String, Long> refs) {
        switch (column.type()) {
            case DATE:
                bindDate(statement, name, value);
                break;
            case TIMESTAMP:
                bindTimestamp(statement, name, value);
                break;
            case BOOL:
                statement.bind(name, Boolean.parseBoolean(value));
                break;
            case INT:
                statement.bind(name, value.isEmpty() ? 0 : Integer.parseInt(value));
                break;
            case REF:
                Long ref = refs.get(value);
                if (ref == null) {
                    statement.bindByType(name, null, Long.class);
                } else {
                    statement.bind(name, ref.longValue());
                }
                break;
            default:
                statement.bind(name, value);
        }
    }

    /** The value as a {@link BulkInsert} takes it; what {@link #bind} would bind. */
    static Object value(Column column, String value, Map<String, Long> refs) {
        switch (column.type()) {
            case DATE:
                return parsed(value, LocalDate::parse);
            case TIMESTAMP:
                return parsed(value, v -> at(Instant.parse(v)));
            case BOOL:
                return Boolean.parseBoolean(value);
            case INT:
                return value.isEmpty() ? 0 : Integer.parseInt(value);
            case REF:
                Long ref = refs.get(value);
                return ref == null ? BulkInsert.NULL : ref;
            default:
                return value;
        }
    }

    // A value that does not parse is stored as absent: upstream data never fails a run.
    private static Object parsed(String value, Function<String, Object> parse) {
        try {
            return value.isEmpty() ? BulkInsert.NULL : parse.apply(value);
        } catch (DateTimeParseException e) {
            return BulkInsert.NULL;
        }
    }

    static String read(ResultSet rs, String label, Column column) throws SQLException {
        switch (column.type()) {
            case DATE:
                LocalDate date = rs.getObject(label, LocalDate.class);
                return date == null ? "" : date.toString();
            case TIMESTAMP:
                OffsetDateTime at = rs.getObject(label, OffsetDateTime.class);
                return at == null ? "" : at.toInstant().toString();
            case BOOL:
                return Boolean.toString(rs.getBoolean(label));
            case INT:
                return Integer.toString(rs.getInt(label));
            default:
                String text = rs.getString(label);
                return text == null ? "" : text;
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    // A value that does not parse is stored as absent: upstream data never fails a run.
    private static void bindDate(SqlStatement<?> statement, String name, String value) {
        try {
            if (!value.isEmpty()) {
                statement.bind(name, LocalDate.parse(value));
                return;
            }
        } catch (DateTimeParseException e) {
            // fall through to null
        }
        statement.bindByType(name, null, LocalDate.class);
    }

    private static void bindTimestamp(SqlStatement<?> statement, String name, String value) {
        try {
            if (!value.isEmpty()) {
                statement.bind(name, at(Instant.parse(value)));
                return;
            }
        } catch (DateTimeParseException e) {
            // fall through to null
        }
        statement.bindByType(name, null, OffsetDateTime.class);
    }
}
