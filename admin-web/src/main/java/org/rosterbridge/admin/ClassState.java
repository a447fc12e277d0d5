package org.rosterbridge.admin;

/** Where a class stands in an event's class editor (pickAtime's "Type" column). */
enum ClassState {
    /** In the event. */
    SHOWN,
    /** Kept out of the event through every sync until unhidden. */
    HIDDEN,
    /** Removed from the event until the next applied sync brings it back. */
    DELETED
}
