package org.rosterbridge.clever.api;

import java.util.Optional;

/** What happened to the record of an event: the part after the dot in {@code users.created}. */
public enum EventAction {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String wire;

    EventAction(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<EventAction> fromWire(String wire) {
        for (EventAction action : values()) {
            if (action.wire.equals(wire)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
