package org.rosterbridge.hub;

/** What became of an upload. */
public enum UploadState {
    /** Being stored right now. */
    BUILDING,
    /** Stored but not served until approved: it would change too much. */
    HELD,
    /** Served, or served once and since replaced by a newer upload. */
    PUBLISHED,
    /** A held upload thrown away. */
    DISCARDED,
    /** Failed validation; the previous snapshot kept serving. */
    REJECTED
}
