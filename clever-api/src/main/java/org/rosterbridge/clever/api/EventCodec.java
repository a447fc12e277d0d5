package org.rosterbridge.clever.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;

/**
 * Events: {@code {id, type, created, data:{object}, previous_attributes}}. Written with
 * {@code previous_attributes} at the top level, as Clever's Swagger has it; read from either place, since
 * Clever's prose examples put it inside {@code data}.
 */
final class EventCodec {

    private EventCodec() {}

    static void write(Out o, Event e, TeacherIds teacherIds) throws IOException {
        o.g.writeStartObject();
        o.id("id", e.id());
        o.text("type", e.type());
        o.time("created", e.created());
        o.startObject("data");
        o.g.writeFieldName("object");
        Records.write(o, e.recordType(), e.object(), e.stamps(), teacherIds);
        o.end();
        if (e.action() == EventAction.UPDATED) {
            o.g.writeFieldName("previous_attributes");
            o.g.writeTree(e.previousAttributes());
        }
        o.g.writeEndObject();
    }

    static Decoded<Event> read(ApiVersion version, JsonNode node) {
        In in = new In(node, "");
        String eventId = in.text("id");
        if (!CleverId.isValid(eventId)) {
            return new Decoded.Failed<>("", "/id", "not a Clever id");
        }
        String type = in.text("type");
        int dot = type.lastIndexOf('.');
        Optional<ResourceType> recordType = ResourceType.fromEventName(version, type.substring(0, Math.max(dot, 0)));
        Optional<EventAction> action = EventAction.fromWire(type.substring(dot + 1));
        if (dot < 0 || recordType.isEmpty() || action.isEmpty()) {
            return new Decoded.Failed<>(eventId, "/type", "unsupported event type for " + version.path());
        }
        JsonNode object = node.path("data").path("object");
        Decoded<CleverObject> decoded = CleverJson.decodeAt(recordType.get(), object, "/data/object");
        if (decoded instanceof Decoded.Failed<CleverObject> f) {
            return new Decoded.Failed<>(f.id().isEmpty() ? eventId : f.id(), f.path(), f.problem());
        }
        Decoded.Ok<CleverObject> ok = (Decoded.Ok<CleverObject>) decoded;
        Instant created = in.time("created").orElse(Instant.EPOCH);
        Event event = new Event(
                CleverId.of(eventId), recordType.get(), action.get(), created, ok.value(), ok.stamps(), previous(node));
        return new Decoded.Ok<>(event, ok.stamps());
    }

    private static ObjectNode previous(JsonNode node) {
        JsonNode top = node.get("previous_attributes");
        JsonNode nested = node.path("data").get("previous_attributes");
        JsonNode found = top != null && top.isObject() ? top : nested;
        return found != null && found.isObject() ? (ObjectNode) found : JsonNodeFactory.instance.objectNode();
    }

    /** The fields of {@code before} that differ in {@code after}, with their old values, nested as the objects nest. */
    static ObjectNode diff(JsonNode before, JsonNode after) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode old = before.get(name);
            JsonNode now = after.get(name);
            if (old != null && old.equals(now)) {
                continue;
            }
            if (old != null && now != null && old.isObject() && now.isObject()) {
                ObjectNode inner = diff(old, now);
                if (!inner.isEmpty()) {
                    out.set(name, inner);
                }
            } else {
                out.set(name, old == null ? NullNode.getInstance() : old.deepCopy());
            }
        }
        return out;
    }
}
