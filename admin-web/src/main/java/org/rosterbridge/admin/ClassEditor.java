package org.rosterbridge.admin;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * pickAtime's class editor for one event: the class list, Delete (until the next sync), Hide and Unhide
 * (through every sync). Each action is a rule in the override ledger, which every materialisation re-applies.
 */
final class ClassEditor {

    // The classes in the event and the deleted ones, with the rule in force (if any) on each.
    private static final String CLASSES = "select s.id, s.clever_id, s.name, s.period, coalesce(sc.name, '') school,"
            + " coalesce(t.name, '') term, r.action, r.created_at,"
            + " (select count(*) from section_students ss join users u on u.id = ss.student_id"
            + "   and u.archived_at is null where ss.section_id = s.id) students,"
            + " (select count(*) from section_teachers st where st.section_id = s.id) teachers"
            + " from sections s left join schools sc on sc.id = s.school_id left join terms t on t.id = s.term_id"
            + " left join class_overrides r on r.event_id = :e and r.section_clever_id = s.clever_id"
            + "   and r.ended_at is null and r.action in ('hide', 'delete')"
            + " where s.id in (select section_id from event_sections where event_id = :e)"
            + "   or r.action = 'delete'"
            + " order by coalesce(t.name, ''), s.name, s.id";

    // A change to the section's fields (change log) or to its roster (membership history) after the rule.
    private static final String CHANGED = "select count(*) from change_log where record_type = 'sections'"
            + " and record_id = :s and changed_at > :at";
    private static final String ROSTER_CHANGED = "select count(*) from membership_history where target_type = 'section'"
            + " and target_id = :s and occurred_at > :at";

    private final Jdbi jdbi;
    private final Events events;
    private final InstantSource clock;

    ClassEditor(Jdbi jdbi, Events events, InstantSource clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** The event's classes (shown and hidden) and those deleted until the next sync. */
    List<EventClass> classes(long eventId) {
        return jdbi.withHandle(h -> h.createQuery(CLASSES)
                .bind("e", eventId)
                .map((rs, ctx) -> {
                    String action = rs.getString("action");
                    OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
                    long sectionId = rs.getLong("id");
                    return new EventClass(
                            sectionId,
                            rs.getString("clever_id"),
                            rs.getString("name"),
                            rs.getString("school"),
                            rs.getString("term"),
                            rs.getString("period"),
                            rs.getLong("students"),
                            rs.getLong("teachers"),
                            state(action),
                            at != null && changedSince(h, sectionId, at));
                })
                .list());
    }

    private static ClassState state(String action) {
        if (action == null) {
            return ClassState.SHOWN;
        }
        return action.equals("hide") ? ClassState.HIDDEN : ClassState.DELETED;
    }

    private static boolean changedSince(Handle h, long sectionId, OffsetDateTime at) {
        return count(h, CHANGED, sectionId, at) + count(h, ROSTER_CHANGED, sectionId, at) > 0;
    }

    private static long count(Handle h, String sql, long sectionId, OffsetDateTime at) {
        return h.createQuery(sql)
                .bind("s", sectionId)
                .bind("at", at)
                .mapTo(Long.class)
                .one();
    }

    /** Removes the classes from the event until the next applied sync. Returns how many were removed. */
    int delete(long eventId, Collection<Long> sectionIds, String actor) {
        int removed = jdbi.inTransaction(h -> {
            int n = 0;
            for (long sectionId : sectionIds) {
                if (inEvent(h, eventId, sectionId) && !ruled(h, eventId, sectionId, "hide")) {
                    record(h, eventId, sectionId, "delete", actor);
                    n++;
                }
            }
            return n;
        });
        events.rematerialise(eventId);
        return removed;
    }

    /** Keeps the class out of the event through every sync. Returns whether anything changed. */
    boolean hide(long eventId, long sectionId, String actor) {
        boolean changed = jdbi.inTransaction(h -> {
            if (!inEvent(h, eventId, sectionId) || ruled(h, eventId, sectionId, "hide")) {
                return false;
            }
            record(h, eventId, sectionId, "hide", actor);
            return true;
        });
        events.rematerialise(eventId);
        return changed;
    }

    /** Ends the hide rule on the class, which comes back into the event now. Returns whether it was hidden. */
    boolean unhide(long eventId, long sectionId, String actor) {
        boolean changed = jdbi.inTransaction(h -> {
            int ended = h.createUpdate("update class_overrides set ended_at = :now, ended_by = :actor"
                            + " where event_id = :e and section_id = :s and action = 'hide' and ended_at is null")
                    .bind("now", now())
                    .bind("actor", actor)
                    .bind("e", eventId)
                    .bind("s", sectionId)
                    .execute();
            if (ended > 0) {
                record(h, eventId, sectionId, "unhide", actor);
                h.createUpdate("update class_overrides set ended_at = created_at, ended_by = :actor"
                                + " where event_id = :e and section_id = :s and action = 'unhide' and ended_at is null")
                        .bind("actor", actor)
                        .bind("e", eventId)
                        .bind("s", sectionId)
                        .execute();
            }
            return ended > 0;
        });
        events.rematerialise(eventId);
        return changed;
    }

    /** The event's ledger, newest first. */
    List<LedgerEntry> ledger(long eventId) {
        return jdbi.withHandle(h -> h.createQuery("select * from class_overrides where event_id = :e order by id desc")
                .bind("e", eventId)
                .map((rs, ctx) -> new LedgerEntry(
                        rs.getLong("id"),
                        rs.getLong("event_id"),
                        rs.getLong("section_id"),
                        rs.getString("section_clever_id"),
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ended_at", OffsetDateTime.class) == null,
                        rs.getString("ended_by")))
                .list());
    }

    private static boolean inEvent(Handle h, long eventId, long sectionId) {
        return h.createQuery("select count(*) from event_sections where event_id = :e and section_id = :s")
                        .bind("e", eventId)
                        .bind("s", sectionId)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    private static boolean ruled(Handle h, long eventId, long sectionId, String action) {
        return h.createQuery("select count(*) from class_overrides where event_id = :e and section_id = :s"
                                + " and action = :a and ended_at is null")
                        .bind("e", eventId)
                        .bind("s", sectionId)
                        .bind("a", action)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    private void record(Handle h, long eventId, long sectionId, String action, String actor) {
        h.createUpdate("insert into class_overrides (event_id, section_id, section_clever_id, action, actor,"
                        + " created_at) select :e, id, clever_id, :a, :actor, :now from sections where id = :s")
                .bind("e", eventId)
                .bind("s", sectionId)
                .bind("a", action)
                .bind("actor", actor)
                .bind("now", now())
                .execute();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
