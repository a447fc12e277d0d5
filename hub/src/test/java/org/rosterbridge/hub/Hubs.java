package org.rosterbridge.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starting hubs in tests and walking their lists. */
final class Hubs {
    private Hubs() {}

    /** Settings for a test hub: any free port, no rate limit to speak of, fixed tokens. */
    static HubSettings.Builder settings(Path dir) {
        return HubSettings.builder(dir)
                .port(0)
                .token("district-token")
                .adminToken("admin-token")
                .rateLimit(1_000_000);
    }

    static RunningHub start(Path dir) {
        return Hub.start(settings(dir).build());
    }

    /** Every item of a list, following next links from {@code path}; each item's {@code data}. */
    static List<JsonNode> walk(Http http, String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (!next.isEmpty()) {
            JsonNode page = http.json(next);
            page.path("data").forEach(item -> items.add(item.path("data")));
            next = link(page, "next");
        }
        return items;
    }

    static String link(JsonNode page, String rel) {
        for (JsonNode link : page.path("links")) {
            if (link.path("rel").asText().equals(rel)) {
                return link.path("uri").asText();
            }
        }
        return "";
    }

    /** The objects of a list by id. */
    static Map<String, JsonNode> byId(List<JsonNode> objects) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(o.path("id").asText(), o));
        return map;
    }

    static List<String> ids(List<JsonNode> objects) {
        return objects.stream().map(o -> o.path("id").asText()).toList();
    }
}
