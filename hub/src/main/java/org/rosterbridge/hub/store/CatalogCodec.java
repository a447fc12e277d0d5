package org.rosterbridge.hub.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.rosterbridge.clever.Role;
import org.rosterbridge.hub.compact.Relation;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Stores a catalog in the database as one binary stream of its arrays, cut into parts, and reads it back
 * without touching a single record: what lets a hub restart on a large district in seconds.
 */
final class CatalogCodec {
    // As large as a record pack, not more: H2 2.5 failed reading back its own file (EOF past the end) while
    // storing an XL catalog in 1 MB parts, twice; 64 KB rows are what it stores packs in without trouble.
    private static final int PART = 1 << 16;

    private CatalogCodec() {}

    static void write(Handle handle, Catalog catalog) {
        Batch parts = new Batch(handle, "INSERT INTO catalog_part (snapshot, part, data) VALUES (?, ?, ?)");
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new PartStream(parts, catalog.snapshot()), 1 << 16))) {
            for (Kind kind : Kind.values()) {
                table(out, catalog.table(kind));
            }
            bytes(out, catalog.userRoles());
            for (Role role : Role.values()) {
                RoleIndex index = catalog.roleIndex(role);
                ints(out, index.members);
                ids(out, index.legacy);
            }
            links(out, catalog.links());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the catalog of snapshot " + catalog.snapshot(), e);
        }
        parts.execute();
    }

    static Catalog read(Handle handle, int snapshot, Instant publishedAt) {
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(new PartInput(handle, snapshot), 1 << 16))) {
            Map<Kind, Table> tables = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                tables.put(kind, table(in));
            }
            byte[] userRoles = bytes(in);
            Map<Role, RoleIndex> roles = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                int[] members = ints(in);
                roles.put(role, new RoleIndex(members, ids(in)));
            }
            return new Catalog(snapshot, publishedAt, tables, userRoles, roles, links(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog of snapshot " + snapshot, e);
        }
    }

    private static void table(DataOutputStream out, Table table) throws IOException {
        ids(out, table.ids);
        longs(out, table.versions);
        longs(out, table.hashes);
        longs(out, table.created);
    }

    private static Table table(DataInputStream in) throws IOException {
        return new Table(ids(in), longs(in), longs(in), longs(in));
    }

    private static void links(DataOutputStream out, Links links) throws IOException {
        ints(out, links.sectionSchool);
        ints(out, links.sectionTerm);
        ints(out, links.sectionCourse);
        for (Relation relation : new Relation[] {
            links.sectionStudents,
            links.sectionTeachers,
            links.userSections,
            links.schoolSections,
            links.termSections,
            links.courseSections,
            links.contactStudents,
            links.studentContacts,
            links.userSchools,
            links.userPrimarySchools
        }) {
            ints(out, relation.startArray());
            ints(out, relation.targetArray());
        }
        ints(out, links.schoolUsers.startArray());
        ints(out, links.schoolUsers.userArray());
        bytes(out, links.schoolUsers.flagArray());
    }

    private static Links links(DataInputStream in) throws IOException {
        int[] school = ints(in);
        int[] term = ints(in);
        int[] course = ints(in);
        Relation[] relations = new Relation[10];
        for (int i = 0; i < relations.length; i++) {
            relations[i] = Relation.ofArrays(ints(in), ints(in));
        }
        SchoolUsers schoolUsers = SchoolUsers.ofArrays(ints(in), ints(in), bytes(in));
        return new Links(
                school,
                term,
                course,
                relations[0],
                relations[1],
                relations[2],
                relations[3],
                relations[4],
                relations[5],
                relations[6],
                relations[7],
                relations[8],
                relations[9],
                schoolUsers);
    }

    private static void ids(DataOutputStream out, IdColumn ids) throws IOException {
        out.writeInt(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.writeLong(ids.high(i));
            out.writeInt(ids.low(i));
        }
    }

    private static IdColumn ids(DataInputStream in) throws IOException {
        int size = in.readInt();
        IdColumn ids = new IdColumn(size);
        for (int i = 0; i < size; i++) {
            long hi = in.readLong();
            ids.add(hi, in.readInt());
        }
        return ids;
    }

    private static void longs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long value : values) {
            out.writeLong(value);
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void bytes(DataOutputStream out, byte[] values) throws IOException {
        out.writeInt(values.length);
        out.write(values);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] values = new byte[in.readInt()];
        in.readFully(values);
        return values;
    }

    /** Cuts what is written into parts of {@link #PART} bytes, each a row. */
    private static final class PartStream extends OutputStream {
        private final Batch parts;
        private final int snapshot;
        private final byte[] buffer = new byte[PART];
        private int filled;
        private int part;

        PartStream(Batch parts, int snapshot) {
            this.parts = parts;
            this.snapshot = snapshot;
        }

        @Override
        public void write(int b) {
            buffer[filled++] = (byte) b;
            if (filled == PART) {
                flushPart();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, PART - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == PART) {
                    flushPart();
                }
            }
        }

        private void flushPart() {
            parts.add(snapshot, part++, java.util.Arrays.copyOf(buffer, filled));
            parts.execute();
            filled = 0;
        }

        @Override
        public void close() {
            if (filled > 0) {
                flushPart();
            }
        }
    }

    /** Reads the parts back one at a time. */
    private static final class PartInput extends InputStream {
        private final Handle handle;
        private final int snapshot;
        private int part;
        private InputStream current = new ByteArrayInputStream(new byte[0]);
        private boolean ended;

        PartInput(Handle handle, int snapshot) {
            this.handle = handle;
            this.snapshot = snapshot;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            while (!ended) {
                int n = current.read(bytes, offset, length);
                if (n > 0) {
                    return n;
                }
                next();
            }
            return -1;
        }

        private void next() {
            var data = handle.createQuery("SELECT data FROM catalog_part WHERE snapshot = :s AND part = :p")
                    .bind("s", snapshot)
                    .bind("p", part++)
                    .mapTo(byte[].class)
                    .findOne();
            ended = data.isEmpty();
            current = new ByteArrayInputStream(data.orElse(new byte[0]));
        }
    }
}
