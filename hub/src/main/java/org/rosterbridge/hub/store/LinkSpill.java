package org.rosterbridge.hub.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.User;
import org.rosterbridge.hub.ids.IdColumn;
import org.rosterbridge.hub.ids.IdLookup;

/**
 * What the catalog's relations need from each user and section, parked on disk while a snapshot is
 * written: positions are known only once every id is in, and the records are too many to keep. Replayed
 * into a {@link LinksBuilder} at the end, ids resolved to positions as they are read. Users and sections
 * go to separate files, so that they can be replayed side by side. Not thread-safe while being filled.
 */
final class LinkSpill implements AutoCloseable {
    private final Spill users;
    private final Spill sections;
    // The file the record being parked goes to.
    private DataOutputStream out;

    LinkSpill(Path workDirectory) {
        this.users = new Spill(workDirectory, "user-links");
        this.sections = new Spill(workDirectory, "section-links");
    }

    void add(CleverObject record) {
        try {
            if (record instanceof User user) {
                out = users.out;
                users.count++;
                user(user);
            } else if (record instanceof Section section) {
                out = sections.out;
                sections.count++;
                section(section);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write work files in " + users.file.getParent(), e);
        }
    }

    private void user(User user) throws IOException {
        id(user.id());
        var roles = user.roles();
        int mask = 0;
        for (Role role : roles.held()) {
            mask |= SchoolUsers.bit(role);
        }
        out.writeByte(mask);
        if (roles.student().isPresent()) {
            var student = roles.student().get();
            id(student.legacyId());
            id(student.school());
            ids(student.schools());
        }
        if (roles.teacher().isPresent()) {
            var teacher = roles.teacher().get();
            id(teacher.legacyId());
            id(teacher.school());
            ids(teacher.schools());
        }
        if (roles.staff().isPresent()) {
            id(roles.staff().get().legacyId());
            ids(roles.staff().get().schools());
        }
        if (roles.districtAdmin().isPresent()) {
            id(roles.districtAdmin().get().legacyId());
        }
        if (roles.contact().isPresent()) {
            id(roles.contact().get().legacyId());
            ids(roles.contact().get().studentRelationships().stream()
                    .map(StudentRelationship::student)
                    .toList());
        }
    }

    private void section(Section section) throws IOException {
        id(section.id());
        id(section.school());
        optional(section.term());
        optional(section.course());
        ids(section.teachers());
        ids(section.students());
    }

    private void optional(Optional<CleverId> id) throws IOException {
        out.writeBoolean(id.isPresent());
        if (id.isPresent()) {
            id(id.get());
        }
    }

    private void id(CleverId id) throws IOException {
        out.writeLong(IdColumn.high(id));
        out.writeInt(IdColumn.low(id));
    }

    private void ids(List<CleverId> ids) throws IOException {
        out.writeInt(ids.size());
        for (CleverId id : ids) {
            id(id);
        }
    }

    /**
     * Feeds every parked user and section to {@code links}, resolving ids in {@code tables}. Users and
     * sections fill different relations, so a parallel replay reads the sections on a second thread.
     */
    void replay(LinksBuilder links, Map<Kind, Table> tables, boolean parallel) {
        users.finish();
        sections.finish();
        Map<Kind, IdLookup> lookups = new EnumMap<>(Kind.class);
        tables.forEach((kind, table) -> lookups.put(kind, IdLookup.of(table.ids)));
        Side<Boolean> sectionSide = Side.of(parallel, "hub-ingest-sections", () -> {
            sections.replay(in -> new Reader(in, links, lookups).section());
            return true;
        });
        try {
            users.replay(in -> new Reader(in, links, lookups).user());
        } finally {
            sectionSide.await();
        }
        sectionSide.result();
    }

    @Override
    public void close() {
        try {
            users.close();
        } finally {
            sections.close();
        }
    }

    /** One work file of parked records. */
    private static final class Spill {
        private final Path file;
        private final DataOutputStream out;
        private long count;

        Spill(Path workDirectory, String name) {
            try {
                Files.createDirectories(workDirectory);
                file = Files.createTempFile(workDirectory, name, ".spill");
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a work file in " + workDirectory, e);
            }
        }

        void finish() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write work file " + file, e);
            }
        }

        /** Calls {@code record} once per parked record; each call reads one. */
        void replay(RecordReader record) {
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (long i = 0; i < count; i++) {
                    record.read(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read work file " + file, e);
            }
        }

        void close() {
            try {
                out.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove work file " + file, e);
            }
        }
    }

    private interface RecordReader {
        void read(DataInputStream in) throws IOException;
    }

    /** Reads parked records back. */
    private static final class Reader {
        private final DataInputStream in;
        private final LinksBuilder links;
        private final Map<Kind, IdLookup> lookups;

        Reader(DataInputStream in, LinksBuilder links, Map<Kind, IdLookup> lookups) {
            this.in = in;
            this.links = links;
            this.lookups = lookups;
        }

        void user() throws IOException {
            int user = position(Kind.USER);
            int mask = in.readByte();
            links.roles(user, mask);
            if (has(mask, Role.STUDENT)) {
                member(Role.STUDENT, user);
                schools(Role.STUDENT, user, position(Kind.SCHOOL));
            }
            if (has(mask, Role.TEACHER)) {
                member(Role.TEACHER, user);
                schools(Role.TEACHER, user, position(Kind.SCHOOL));
            }
            if (has(mask, Role.STAFF)) {
                member(Role.STAFF, user);
                schools(Role.STAFF, user, -1);
            }
            if (has(mask, Role.DISTRICT_ADMIN)) {
                member(Role.DISTRICT_ADMIN, user);
            }
            if (has(mask, Role.CONTACT)) {
                member(Role.CONTACT, user);
                for (int i = in.readInt(); i > 0; i--) {
                    links.contactStudent(user, position(Kind.USER));
                }
            }
        }

        private void member(Role role, int user) throws IOException {
            long hi = in.readLong();
            links.member(role, user, hi, in.readInt());
        }

        private void schools(Role role, int user, int primary) throws IOException {
            for (int i = in.readInt(); i > 0; i--) {
                int school = position(Kind.SCHOOL);
                links.school(user, role, school, school == primary && primary >= 0);
            }
        }

        void section() throws IOException {
            int section = position(Kind.SECTION);
            int school = position(Kind.SCHOOL);
            int term = in.readBoolean() ? position(Kind.TERM) : -1;
            int course = in.readBoolean() ? position(Kind.COURSE) : -1;
            links.section(section, school, term, course);
            for (int i = in.readInt(); i > 0; i--) {
                links.sectionTeacher(section, position(Kind.USER));
            }
            for (int i = in.readInt(); i > 0; i--) {
                links.sectionStudent(section, position(Kind.USER));
            }
        }

        private static boolean has(int mask, Role role) {
            return (mask & SchoolUsers.bit(role)) != 0;
        }

        private int position(Kind kind) throws IOException {
            long hi = in.readLong();
            return lookups.get(kind).find(hi, in.readInt());
        }
    }
}
