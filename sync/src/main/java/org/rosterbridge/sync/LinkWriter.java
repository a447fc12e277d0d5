package org.rosterbridge.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Writes the links of changed records (a changed link type is replaced whole for its owner) and the
 * membership history those changes mean for students: every join and leave of a section or a school.
 */
final class LinkWriter {

    private final Handle handle;
    private final LocalIds ids;
    private final long districtId;
    private final Instant now;
    private final String runId;
    private long unresolved;

    LinkWriter(Handle handle, LocalIds ids, long districtId, Instant now, String runId) {
        this.handle = handle;
        this.ids = ids;
        this.districtId = districtId;
        this.now = now;
        this.runId = runId;
    }

    long unresolved() {
        return unresolved;
    }

    void write(List<PlannedAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        Kind kind = actions.get(0).kind();
        try (BulkInsert history = BulkInsert.open(
                handle,
                "membership_history",
                List.of("district_id", "student_id", "target_type", "target_id", "action", "occurred_at", "run_id"))) {
            for (LinkType type : LinkType.of(kind)) {
                writeType(type, actions);
            }
            for (PlannedAction action : actions) {
                history(action, history);
            }
        }
    }

    private void writeType(LinkType type, List<PlannedAction> actions) {
        List<Replacement> replacements = actions.stream()
                .map(a -> replacement(type, a))
                .filter(Replacement::replace)
                .toList();
        // Every delete runs before any insert, so a replaced link never collides with its old self. A record
        // created this run has no links yet.
        try (Batch owners = new Batch(
                        handle, "delete from " + type.table() + " where " + type.ownerColumn() + " = :owner");
                Batch links = new Batch(handle, deleteOne(type))) {
            for (Replacement r : replacements) {
                if (r.whole()) {
                    owners.add(b -> b.bind("owner", r.owner()));
                }
                r.removed().forEach(link -> delete(links, r.owner(), link));
            }
        }
        List<String> columns = new ArrayList<>(List.of(type.ownerColumn(), type.keyColumn()));
        type.attributes().forEach(c -> columns.add(c.name()));
        try (BulkInsert inserts = BulkInsert.open(handle, type.table(), columns)) {
            replacements.forEach(r -> r.added().forEach(link -> insert(inserts, r.owner(), link)));
        }
    }

    // One link by its table's primary key: owner, key and, where they are part of it, key attributes.
    private static String deleteOne(LinkType type) {
        StringBuilder sql = new StringBuilder("delete from " + type.table() + " where " + type.ownerColumn()
                + " = :owner and " + type.keyColumn() + " = :key");
        List<Column> attributes = type.attributes();
        for (int i = 0; i < keyAttributes(type); i++) {
            sql.append(" and ").append(attributes.get(i).name()).append(" = :a").append(i);
        }
        return sql.toString();
    }

    private static int keyAttributes(LinkType type) {
        if (type == LinkType.USER_SCHOOL) {
            return 1;
        }
        return type == LinkType.CONTACT_STUDENT ? type.attributes().size() : 0;
    }

    private void delete(Batch links, long owner, Link link) {
        Object key = link.key();
        if (link.type().target().isPresent()) {
            long target = ids.find(link.type().target().get(), link.key());
            if (target == 0) {
                return; // a link is read through its target's Clever id: one that does not resolve is not stored
            }
            key = target;
        }
        Object bound = key;
        links.add(b -> {
            b.bind("owner", owner).bind("key", bound);
            for (int i = 0; i < keyAttributes(link.type()); i++) {
                b.bind("a" + i, link.attributes().get(i));
            }
        });
    }

    private Replacement replacement(LinkType type, PlannedAction action) {
        if (action instanceof PlannedAction.Create c) {
            long owner = ids.find(c.kind(), c.cleverId());
            return new Replacement(
                    owner != 0, false, owner, List.of(), c.after().links(type));
        }
        if (action instanceof PlannedAction.Update u) {
            return changed(type, u.localId(), u.before(), u.after());
        }
        if (action instanceof PlannedAction.Restore r) {
            return changed(type, r.localId(), r.before(), r.after());
        }
        if (action instanceof PlannedAction.Link l) {
            // A record the app had before Clever may hold links Clever does not know; Clever's now rule.
            return new Replacement(true, true, l.localId(), List.of(), l.after().links(type));
        }
        return new Replacement(false, false, 0, List.of(), List.of());
    }

    // Only the links that differ are deleted and inserted: a changed roster rewrites its changes, not its rows.
    private static Replacement changed(LinkType type, long owner, Row before, Row after) {
        Set<Link> was = new LinkedHashSet<>(before.links(type));
        Set<Link> now = new LinkedHashSet<>(after.links(type));
        List<Link> removed = was.stream().filter(l -> !now.contains(l)).toList();
        List<Link> added = now.stream().filter(l -> !was.contains(l)).toList();
        return new Replacement(!removed.isEmpty() || !added.isEmpty(), false, owner, removed, added);
    }

    private void insert(BulkInsert inserts, long owner, Link link) {
        Object key;
        if (link.type().target().isPresent()) {
            long target = ids.find(link.type().target().get(), link.key());
            if (target == 0) {
                unresolved++;
                return;
            }
            key = target;
        } else {
            key = link.key();
        }
        List<Column> columns = link.type().attributes();
        Object[] values = new Object[2 + columns.size()];
        values[0] = owner;
        values[1] = key;
        for (int i = 0; i < columns.size(); i++) {
            values[2 + i] = Values.value(columns.get(i), link.attributes().get(i), Map.of());
        }
        inserts.add(values);
    }

    private void history(PlannedAction action, BulkInsert history) {
        Set<Membership> before = Set.of();
        Set<Membership> after = Set.of();
        if (action instanceof PlannedAction.Create c) {
            after = memberships(c.after(), c.cleverId());
        } else if (action instanceof PlannedAction.Update u) {
            before = memberships(u.before(), u.cleverId());
            after = memberships(u.after(), u.cleverId());
        } else if (action instanceof PlannedAction.Link l) {
            before = memberships(l.before(), l.cleverId());
            after = memberships(l.after(), l.cleverId());
        } else if (action instanceof PlannedAction.Restore r) {
            after = memberships(r.after(), r.cleverId());
        } else if (action instanceof PlannedAction.Archive a) {
            before = memberships(a.before(), a.cleverId());
        }
        for (Membership m : after) {
            if (!before.contains(m)) {
                record(history, m, "joined");
            }
        }
        for (Membership m : before) {
            if (!after.contains(m)) {
                record(history, m, "left");
            }
        }
    }

    private void record(BulkInsert history, Membership m, String what) {
        long student = ids.find(Kind.USER, m.student());
        long target = ids.find(m.type().equals("section") ? Kind.SECTION : Kind.SCHOOL, m.target());
        if (student == 0 || target == 0) {
            return;
        }
        history.add(districtId, student, m.type(), target, what, Values.at(now), runId);
    }

    /** The student memberships a row states: a section's students, or a student's schools. */
    private static Set<Membership> memberships(Row row, String owner) {
        Set<Membership> memberships = new LinkedHashSet<>();
        if (row.kind() == Kind.SECTION) {
            row.links(LinkType.SECTION_STUDENT)
                    .forEach(l -> memberships.add(new Membership(l.key(), "section", owner)));
        } else if (row.kind() == Kind.USER) {
            row.links(LinkType.USER_SCHOOL).stream()
                    .filter(l -> l.attribute("role").equals("student"))
                    .forEach(l -> memberships.add(new Membership(owner, "school", l.key())));
        }
        return memberships;
    }

    private record Membership(String student, String type, String target) {}

    /** What to write for one owner: all its links of a type dropped ({@code whole}), or only {@code removed}. */
    private record Replacement(boolean replace, boolean whole, long owner, List<Link> removed, List<Link> added) {}
}
