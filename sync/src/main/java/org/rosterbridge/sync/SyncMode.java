package org.rosterbridge.sync;

import java.util.Locale;

/** How a run reads upstream: {@code AUTO} uses events when a cursor exists and a full sync is not yet due. */
public enum SyncMode {
    AUTO,
    FULL,
    EVENTS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
