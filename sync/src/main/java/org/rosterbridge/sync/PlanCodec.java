package org.rosterbridge.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A held plan's actions as JSON, one object per action, so {@code --approve} applies exactly what was held. */
final class PlanCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanCodec() {}

    static String encode(PlannedAction action) {
        ObjectNode node = JSON.createObjectNode();
        if (action instanceof PlannedAction.Create c) {
            node.put("action", "create").set("after", row(c.after()));
        } else if (action instanceof PlannedAction.Update u) {
            node.put("action", "update").put("local", u.localId()).set("before", row(u.before()));
            node.set("after", row(u.after()));
        } else if (action instanceof PlannedAction.Restore r) {
            node.put("action", "restore").put("local", r.localId()).set("before", row(r.before()));
            node.set("after", row(r.after()));
        } else if (action instanceof PlannedAction.Link l) {
            node.put("action", "link")
                    .put("local", l.localId())
                    .put("how", l.how())
                    .set("before", row(l.before()));
            node.set("after", row(l.after()));
        } else if (action instanceof PlannedAction.Archive a) {
            node.put("action", "archive").put("local", a.localId()).set("before", row(a.before()));
        } else if (action instanceof PlannedAction.Unchanged u) {
            node.put("action", "unchanged").put("local", u.localId()).set("after", row(u.after()));
        }
        return node.toString();
    }

    static PlannedAction decode(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            long local = node.path("local").asLong();
            switch (node.get("action").asText()) {
                case "create":
                    return new PlannedAction.Create(row(node.get("after")));
                case "update":
                    return new PlannedAction.Update(local, row(node.get("before")), row(node.get("after")));
                case "restore":
                    return new PlannedAction.Restore(local, row(node.get("before")), row(node.get("after")));
                case "link":
                    return new PlannedAction.Link(
                            local,
                            row(node.get("before")),
                            row(node.get("after")),
                            node.get("how").asText());
                case "archive":
                    return new PlannedAction.Archive(local, row(node.get("before")));
                default:
                    return new PlannedAction.Unchanged(local, row(node.get("after")));
            }
        } catch (JsonProcessingException e) {
            throw new SyncException("a held plan is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode row(Row row) {
        ObjectNode node = JSON.createObjectNode().put("kind", row.kind().name()).put("id", row.cleverId());
        ArrayNode values = node.putArray("values");
        row.values().forEach(values::add);
        ArrayNode links = node.putArray("links");
        for (Link link : row.links()) {
            ArrayNode l = links.addArray().add(link.type().name()).add(link.key());
            link.attributes().forEach(l::add);
        }
        return node;
    }

    private static Row row(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.get("values").forEach(v -> values.add(v.asText()));
        List<Link> links = new ArrayList<>();
        for (JsonNode l : node.get("links")) {
            List<String> attributes = new ArrayList<>();
            for (int i = 2; i < l.size(); i++) {
                attributes.add(l.get(i).asText());
            }
            links.add(new Link(LinkType.valueOf(l.get(0).asText()), l.get(1).asText(), attributes));
        }
        return new Row(Kind.valueOf(node.get("kind").asText()), node.get("id").asText(), values, links);
    }
}
