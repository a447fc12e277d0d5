package org.rosterbridge.hub.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.User;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Builds the catalog of a snapshot from the store in two streaming passes: ids, versions and hashes of
 * every visible record, then the bodies of users and sections for the relations. Nothing of the records
 * is kept but positions.
 */
final class CatalogLoader {
    private static final String VISIBLE = " FROM record_version WHERE valid_from <= :s AND valid_to > :s";
    private static final int FETCH = 5_000;

    private CatalogLoader() {}

    static Catalog load(Handle handle, int snapshot, Instant publishedAt) {
        Map<Kind, Table> tables = tables(handle, snapshot);
        LinksBuilder links = new LinksBuilder(tables);
        handle.createQuery("SELECT kind, id, body" + VISIBLE + " AND kind IN (" + Kind.USER.ordinal() + ", "
                        + Kind.SECTION.ordinal() + ")")
                .bind("s", snapshot)
                .setFetchSize(FETCH)
                .map((rs, ctx) -> RecordCodec.read(rs.getBytes(3)))
                .forEach(record -> link(links, tables, record));
        return new Catalog(snapshot, publishedAt, tables, links.userRoles(), links.roleIndexes(), links.links());
    }

    private static void link(LinksBuilder links, Map<Kind, Table> tables, CleverObject record) {
        int position = tables.get(Kind.of(record)).find(record.id());
        if (record instanceof User user) {
            links.user(position, user);
        } else if (record instanceof Section section) {
            links.section(position, section);
        }
    }

    private static Map<Kind, Table> tables(Handle handle, int snapshot) {
        Map<Kind, Columns> columns = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            columns.put(kind, new Columns());
        }
        handle.createQuery("SELECT kind, id, seq, hash, created_at, modified_at" + VISIBLE)
                .bind("s", snapshot)
                .setFetchSize(FETCH)
                .map((rs, ctx) -> {
                    columns.get(Kind.values()[rs.getInt(1)])
                            .add(
                                    CleverId.of(rs.getString(2)),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6));
                    return Boolean.TRUE;
                })
                .forEach(ignored -> {});
        Map<Kind, Table> tables = new EnumMap<>(Kind.class);
        columns.forEach((kind, c) -> tables.put(kind, c.table()));
        return tables;
    }

    /** One kind's rows as they stream in. */
    private static final class Columns {
        private final IdColumn ids = new IdColumn(64);
        private final LongColumn versions = new LongColumn();
        private final LongColumn hashes = new LongColumn();
        private final LongColumn created = new LongColumn();
        private final LongColumn modified = new LongColumn();

        void add(CleverId id, long version, long hash, long createdAt, long modifiedAt) {
            ids.add(id);
            versions.add(version);
            hashes.add(hash);
            created.add(createdAt);
            modified.add(modifiedAt);
        }

        Table table() {
            return Table.sorted(ids, versions, hashes, created, modified);
        }
    }
}
