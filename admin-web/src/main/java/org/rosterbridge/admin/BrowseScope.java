package org.rosterbridge.admin;

/** What the data browser shows: a district's synced data (before import) or what one event holds. */
sealed interface BrowseScope {

    long districtId();

    /** Everything active in the app district. */
    record District(long districtId) implements BrowseScope {}

    /** Only what the event holds (hidden classes left out). */
    record InEvent(long districtId, long eventId) implements BrowseScope {}
}
