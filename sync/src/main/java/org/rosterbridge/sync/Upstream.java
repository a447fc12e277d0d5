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
     * Up to one page of events after {@code cursor}, oldest first.
     *
     * @throws CursorGoneException when upstream no longer knows {@code cursor}
     */
    EventPage eventsAfter(String cursor);

    /** A full fetch: the records in collection order, and the fetch's own report. */
    record FullFetch(List<CleverObject> records, FetchReport report) {
        public FullFetch {
            records = List.copyOf(records);
        }
    }

    /** One page of events; {@code more} when another page follows. */
    record EventPage(List<Event> events, boolean more) {
        public EventPage {
            events = List.copyOf(events);
        }
    }

    /** One event: its id, whether the record now exists ({@code created}/{@code updated}) or not, and the record. */
    record Event(String id, boolean deleted, CleverObject object) {}
}
