package org.rosterbridge.sync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The record types the sync keeps, in the order they are applied (a row only refers to earlier kinds). */
enum Kind {
    DISTRICT("districts", "districts"),
    SCHOOL("schools", "schools"),
    TERM("terms", "terms"),
    COURSE("courses", "courses"),
    USER("users", "users"),
    SECTION("sections", "sections");

    private final String table;
    private final String reportName;

    Kind(String table, String reportName) {
        this.table = table;
        this.reportName = reportName;
    }

    String table() {
        return table;
    }

    /** The name used in reports and the change log. */
    String reportName() {
        return reportName;
    }

    List<Column> columns() {
        return Cache.COLUMNS.get(this);
    }

    // Rows ask for their columns on every value; built once, not per call.
    private static final class Cache {
        static final Map<Kind, List<Column>> COLUMNS = new EnumMap<>(Kind.class);

        static {
            for (Kind kind : values()) {
                COLUMNS.put(kind, kind.build());
            }
        }
    }

    private List<Column> build() {
        switch (this) {
            case DISTRICT:
                return texts("name", "sis_type", "state", "mdr_number", "nces_id", "portal_url")
                        .add(Column.of("launch_date", Column.Type.DATE))
                        .add(Column.of("last_sync", Column.Type.TIMESTAMP))
                        .list();
            case SCHOOL:
                return texts(
                                "name",
                                "sis_id",
                                "school_number",
                                "state_id",
                                "nces_id",
                                "mdr_number",
                                "phone",
                                "low_grade",
                                "high_grade",
                                "principal_name",
                                "principal_email",
                                "address",
                                "city",
                                "state",
                                "zip")
                        .list();
            case TERM:
                return texts("name")
                        .add(Column.of("start_date", Column.Type.DATE))
                        .add(Column.of("end_date", Column.Type.DATE))
                        .list();
            case COURSE:
                return texts("name", "number").list();
            case USER:
                return texts("roles", "name_first", "name_middle", "name_last", "email", "sis_id")
                        .list();
            case SECTION:
                return new Columns(List.of(
                                Column.ref("school_id", SCHOOL),
                                Column.ref("term_id", TERM),
                                Column.ref("course_id", COURSE)))
                        .addAll(texts("sis_id", "name", "section_number", "period", "subject", "grade"))
                        .list();
            default:
                throw new IllegalStateException(name());
        }
    }

    int index(String column) {
        List<Column> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + column);
    }

    private static Columns texts(String... names) {
        return new Columns(Stream.of(names).map(Column::text).toList());
    }

    private record Columns(List<Column> list) {
        Columns add(Column column) {
            return new Columns(Stream.concat(list.stream(), Stream.of(column)).toList());
        }

        Columns addAll(Columns more) {
            return new Columns(Stream.concat(list.stream(), more.list.stream()).toList());
        }
    }
}
