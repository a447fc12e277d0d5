package org.rosterbridge.clever.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;

/**
 * One Clever event: {@code {id, type, created, data:{object}, previous_attributes}}.
 *
 * @param id the event's own id, not the record's
 * @param recordType the type of {@code object}, e.g. {@link ResourceType#USERS} for {@code users.updated}
 * @param object the record after the change; for a deletion its last known state
 * @param stamps the record's times, emitted where the version's object has them
 * @param previousAttributes the changed fields' old values (updates only; empty otherwise)
 */
public record Event(
        CleverId id,
        ResourceType recordType,
        EventAction action,
        Instant created,
        CleverObject object,
        Stamps stamps,
        ObjectNode previousAttributes) {

    public Event {
        previousAttributes = previousAttributes.deepCopy();
    }

    /** An event without previous attributes (created or deleted). */
    public static Event of(
            CleverId id,
            ResourceType recordType,
            EventAction action,
            Instant created,
            CleverObject object,
            Stamps stamps) {
        return new Event(id, recordType, action, created, object, stamps, JsonNodeFactory.instance.objectNode());
    }

    /** The wire type, e.g. {@code users.created}. */
    public String type() {
        return recordType.eventName() + "." + action.wire();
    }

    @Override
    public ObjectNode previousAttributes() {
        return previousAttributes.deepCopy();
    }
}
