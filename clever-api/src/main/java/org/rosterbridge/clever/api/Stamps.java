package org.rosterbridge.clever.api;

import java.time.Instant;

/**
 * A record's {@code created} and {@code last_modified} times. The hub keeps them beside the model records
 * (which carry no times); Clever emits them on schools, sections and users only.
 */
public record Stamps(Instant created, Instant lastModified) {

    /** What a decoded record without times gets. */
    public static final Stamps UNKNOWN = new Stamps(Instant.EPOCH, Instant.EPOCH);

    /** A record created and not modified since. */
    public static Stamps at(Instant created) {
        return new Stamps(created, created);
    }
}
