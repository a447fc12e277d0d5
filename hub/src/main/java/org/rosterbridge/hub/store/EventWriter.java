package org.rosterbridge.hub.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.clever.api.ResourceType;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Turns a snapshot's changes into ordered events. Within one upload, parents are created before the
 * children that point at them and children deleted before their parents: districts, schools, terms and
 * courses created or updated; then sections and users deleted; users, then sections created or updated;
 * then courses, terms and schools deleted. Within each step, ascending record id.
 *
 * <p>Each user change is one v3 {@code users.*} event and, for v2, one event per role: a role the user gains
 * is a v2 {@code *.created}, one it loses a {@code *.deleted}, one it keeps an {@code *.updated}.
 */
final class EventWriter {
    private static final int BATCH = 500;

    private final Handle handle;
    private final int snapshot;
    private final long now;
    private final long seconds;
    private long seq;
    private final PreparedBatch inserts;

    EventWriter(Handle handle, int snapshot, Instant now) {
        this.handle = handle;
        this.snapshot = snapshot;
        this.now = now.toEpochMilli();
        long last = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM event")
                .mapTo(Long.class)
                .one();
        String lastId = handle.createQuery("SELECT COALESCE(MAX(id), '') FROM event")
                .mapTo(String.class)
                .one();
        long lastSeconds = lastId.isEmpty() ? 0 : Long.parseLong(lastId.substring(0, 8), 16);
        this.seq = last;
        this.seconds = Math.max(now.getEpochSecond(), lastSeconds);
        this.inserts = handle.prepareBatch("INSERT INTO event (seq, id, snapshot, api, record_type, action, object_id, "
                + "version, old_version, schools, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void write(ChangeSet changes) {
        int[] order = EventOrder.of(changes);
        for (int from = 0; from < order.length; from += BATCH) {
            int to = Math.min(order.length, from + BATCH);
            Map<Long, CleverObject> bodies = new java.util.HashMap<>();
            Packs.read(handle, versionsOf(changes, order, from, to)).forEach((v, r) -> bodies.put(v, r.record()));
            for (int i = from; i < to; i++) {
                write(changes, order[i], bodies);
            }
            inserts.execute();
        }
    }

    private static List<Long> versionsOf(ChangeSet changes, int[] order, int from, int to) {
        List<Long> versions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            versions.add(changes.versions.get(order[i]));
            if (changes.oldVersions.get(order[i]) != 0) {
                versions.add(changes.oldVersions.get(order[i]));
            }
        }
        return versions;
    }

    private void write(ChangeSet changes, int change, Map<Long, CleverObject> bodies) {
        Kind kind = Kind.values()[changes.kinds.get(change)];
        EventAction action = EventAction.values()[changes.actions.get(change)];
        long version = changes.versions.get(change);
        long oldVersion = changes.oldVersions.get(change);
        CleverObject object = bodies.get(version);
        CleverId id = IdColumn.of(changes.idHigh.get(change), changes.idLow.get(change));
        String schools = schools(object);
        add(kind == Kind.USER ? 3 : 0, kind.v3Type(), action, id, version, oldVersion, schools);
        if (object instanceof User user) {
            User before = oldVersion == 0 ? user : (User) bodies.get(oldVersion);
            v2(action, before, user, version, oldVersion, schools);
        }
    }

    private void v2(EventAction action, User before, User after, long version, long oldVersion, String schools) {
        for (Role role : Role.values()) {
            boolean had = action != EventAction.CREATED && before.has(role);
            boolean has = action != EventAction.DELETED && after.has(role);
            ResourceType type = ResourceType.forV2Role(role);
            if (had && has) {
                add(2, type, EventAction.UPDATED, Records.legacyId(after, role), version, oldVersion, schools);
            } else if (has) {
                add(2, type, EventAction.CREATED, Records.legacyId(after, role), version, 0, schools);
            } else if (had) {
                long last = action == EventAction.DELETED ? version : oldVersion;
                add(2, type, EventAction.DELETED, Records.legacyId(before, role), last, 0, schools);
            }
        }
    }

    private void add(
            int api, ResourceType type, EventAction action, CleverId objectId, long version, long old, String schools) {
        seq++;
        inserts.bind(0, seq)
                .bind(1, String.format("%08x%016x", seconds, seq))
                .bind(2, snapshot)
                .bind(3, (short) api)
                .bind(4, type.name())
                .bind(5, action.wire())
                .bind(6, objectId.value())
                .bind(7, version)
                .bind(8, old)
                .bind(9, schools)
                .bind(10, now)
                .add();
    }

    /** The schools an event concerns, for the {@code school} filter: space-separated ids. */
    static String schools(CleverObject object) {
        TreeSet<CleverId> schools = new TreeSet<>();
        if (object instanceof School school) {
            schools.add(school.id());
        } else if (object instanceof Section section) {
            schools.add(section.school());
        } else if (object instanceof User user) {
            user.roles().student().ifPresent(r -> schools.addAll(r.schools()));
            user.roles().teacher().ifPresent(r -> schools.addAll(r.schools()));
            user.roles().staff().ifPresent(r -> schools.addAll(r.schools()));
        }
        return String.join(" ", schools.stream().map(CleverId::value).toList());
    }
}
