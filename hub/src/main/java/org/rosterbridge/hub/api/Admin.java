package org.rosterbridge.hub.api;

import org.rosterbridge.hub.HubStatus;
import org.rosterbridge.hub.IngestResult;

/** What the admin endpoints may do to the hub. */
public interface Admin {
    HubStatus status();

    /** Processes the upload directory now, without waiting for the quiet period. */
    IngestResult ingestNow();

    /** Serves held snapshot {@code snapshot}. */
    IngestResult approve(int snapshot);

    /** Throws held snapshot {@code snapshot} away. */
    void discard(int snapshot);
}
