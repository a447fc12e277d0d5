package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.District;

/** A hand-written upstream: the records a full fetch returns, the events after each cursor, and fetch problems. */
final class FakeUpstream implements Upstream {

    final List<CleverObject> records = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    District district;
    int pageSize = 2;
    boolean cursorGone;

    FakeUpstream(District district) {
        this.district = district;
    }

    @Override
    public District district() {
        return district;
    }

    @Override
    public String newestEventId() {
        return events.isEmpty() ? "" : events.get(events.size() - 1).id();
    }

    @Override
    public FullFetch fetchAll() {
        List<CleverObject> all = new ArrayList<>();
        all.add(district);
        all.addAll(records);
        return new FullFetch(all, new FetchReport(problems));
    }

    @Override
    public FeedEnd events(String cursor, java.util.function.Consumer<EventPage> sink) {
        if (cursorGone) {
            throw new CursorGoneException(cursor);
        }
        int start = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(cursor)) {
                start = i + 1;
            }
        }
        for (int from = start; from < events.size(); from += pageSize) {
            List<Event> page = events.subList(from, Math.min(events.size(), from + pageSize));
            sink.accept(new EventPage(page, page.get(page.size() - 1).id()));
        }
        return new FeedEnd(true, "", 0);
    }

    /** Replaces the record with the same id (or adds it) and logs the event. */
    void put(CleverObject record) {
        records.removeIf(r -> r.id().equals(record.id()));
        records.add(record);
        events.add(new Event(nextEventId(), false, record));
    }

    void remove(CleverObject record) {
        records.removeIf(r -> r.id().equals(record.id()));
        events.add(new Event(nextEventId(), true, record));
    }

    private String nextEventId() {
        return String.format("e%023x", events.size() + 1);
    }
}
