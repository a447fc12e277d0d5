package org.rosterbridge.hub.store;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.LongList;

/**
 * What an upload changes compared with the snapshot served before it: one entry per changed record (kind,
 * action, id, versions) for the events, and counts per {@link Category} for reports and holds.
 * Not thread-safe while being filled.
 */
public final class ChangeSet {
    private final Map<Category, int[]> counts = new EnumMap<>(Category.class);
    private final Map<Category, Integer> base = new EnumMap<>(Category.class);
    private final boolean recording;
    final IntList kinds = new IntList();
    final IntList actions = new IntList();
    final LongList idHigh = new LongList();
    final IntList idLow = new IntList();
    final LongList versions = new LongList();
    final LongList oldVersions = new LongList();
    private int total;

    /** Counts every change; keeps each one (for events) only when there was a snapshot before. */
    ChangeSet(Catalog before) {
        this.recording = !before.isEmpty();
        for (Category category : Category.values()) {
            counts.put(category, new int[EventAction.values().length]);
            base.put(category, baseCount(before, category));
        }
    }

    private static int baseCount(Catalog before, Category category) {
        return switch (category) {
            case SCHOOLS -> before.count(Kind.SCHOOL);
            case TERMS -> before.count(Kind.TERM);
            case COURSES -> before.count(Kind.COURSE);
            case SECTIONS -> before.count(Kind.SECTION);
            case STUDENTS -> before.count(org.rosterbridge.clever.Role.STUDENT);
            case TEACHERS -> before.count(org.rosterbridge.clever.Role.TEACHER);
            case STAFF -> before.count(org.rosterbridge.clever.Role.STAFF);
            case CONTACTS -> before.count(org.rosterbridge.clever.Role.CONTACT);
            case DISTRICT_ADMINS -> before.count(org.rosterbridge.clever.Role.DISTRICT_ADMIN);
        };
    }

    void add(Kind kind, EventAction action, long hi, int lo, long version, long oldVersion) {
        total++;
        if (!recording) {
            return;
        }
        kinds.add(kind.ordinal());
        actions.add(action.ordinal());
        idHigh.add(hi);
        idLow.add(lo);
        versions.add(version);
        oldVersions.add(oldVersion);
    }

    void tally(Category category, EventAction action) {
        counts.get(category)[action.ordinal()]++;
    }

    /** How many records of {@code category} the upload creates, updates or deletes. */
    public int count(Category category, EventAction action) {
        return counts.get(category)[action.ordinal()];
    }

    /** How many records of {@code category} the snapshot before had. */
    public int before(Category category) {
        return base.get(category);
    }

    /** How many records changed, of every kind (the district included). */
    public int size() {
        return total;
    }

    /** How many changes are kept for events. */
    int recorded() {
        return kinds.size();
    }

    /** Counts by category and action, e.g. {@code {"students": {"created": 3, …}}}, for reports. */
    public Map<String, Map<String, Integer>> summary() {
        Map<String, Map<String, Integer>> summary = new LinkedHashMap<>();
        counts.forEach((category, perAction) -> {
            Map<String, Integer> row = new LinkedHashMap<>();
            row.put("before", base.get(category));
            for (EventAction action : EventAction.values()) {
                row.put(action.wire(), perAction[action.ordinal()]);
            }
            summary.put(category.key(), row);
        });
        return summary;
    }
}
