package org.rosterbridge.hub.store;

/** What became of an upload. */
public enum SnapshotState {
    /** Being stored; a hub that stops now removes it on the next start. */
    BUILDING,
    /** Stored but not served: it changes too much and waits for approval. */
    HELD,
    /** Served (the latest published snapshot is the one served now). */
    PUBLISHED,
    /** A held snapshot thrown away, by hand or because a newer upload replaced it. */
    DISCARDED,
    /** Failed validation; never stored. */
    REJECTED
}
