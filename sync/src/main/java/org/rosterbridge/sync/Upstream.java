package org.rosterbridge.sync;

import java.util.List;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.District;

/**
 * One district's Clever API as the sync needs it, behind a version adapter: the district, the newest
 * event id, a full fetch with its completeness proof, and event pages. Implemented over HTTP by
 * {@link ClientUpstream}; tests may hand-build one.
 */
interface Upstream {

    District district();

    /** The newest event id now, {@code ""} when there are none (or events are off). */
    String newestEventId();

    /** Every record of every collection, and what the fetch proved about its completeness. */
    FullFetch fetchAll();

    /**
     * Hands every page of events after {@code cursor} ({@code ""}: from the oldest held) to {@code sink}, oldest
     * first, each page only after the previous one returned; says whether the feed was read to its end.
     *
     * @throws CursorGoneException when upstream no longer knows {@code cursor} (before any page)
     */
    FeedEnd events(String cursor, java.util.function.Consumer<EventPage> sink);

    /** How an event feed ended: read to its end, or broken off (pages before it were delivered). */
    record FeedEnd(boolean complete, String problem, long skipped) {}

    /** A full fetch: the records in collection order, and the fetch's own report. */
    record FullFetch(List<CleverObject> records, FetchReport report) {
        public FullFetch {
            records = List.copyOf(records);
        }
    }

    /** One page of events; {@code lastId} is the cursor after it (an unreadable last event still counts). */
    record EventPage(List<Event> events, String lastId) {
        public EventPage {
            events = List.copyOf(events);
        }
    }

    /** One event: its id, whether the record now exists ({@code created}/{@code updated}) or not, and the record. */
    record Event(String id, boolean deleted, CleverObject object) {}
}
