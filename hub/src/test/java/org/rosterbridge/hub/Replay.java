package org.rosterbridge.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A client-side copy of a district kept by full fetches or by applying events, for comparing the two. */
final class Replay {
    static final List<String> V3_TYPES = List.of("districts", "schools", "terms", "courses", "sections", "users");
    static final List<String> V2_TYPES = List.of(
            "districts",
            "schools",
            "terms",
            "courses",
            "sections",
            "students",
            "teachers",
            "school_admins",
            "district_admins",
            "contacts");

    private Replay() {}

    /** Every object of every type, fetched in full: type -> id -> object. */
    static Map<String, Map<String, JsonNode>> fetch(Http http, String version, List<String> types) {
        Map<String, Map<String, JsonNode>> state = new TreeMap<>();
        for (String type : types) {
            Map<String, JsonNode> objects = new TreeMap<>();
            Hubs.walk(http, "/" + version + "/" + type + "?limit=1000")
                    .forEach(o -> objects.put(o.path("id").asText(), o));
            state.put(type, objects);
        }
        return state;
    }

    /** The newest event id, to start from; empty when there are none. */
    static String cursor(Http http, String version) {
        JsonNode last =
                http.json("/" + version + "/events?ending_before=last&limit=1").path("data");
        return last.isEmpty() ? "" : last.get(0).path("data").path("id").asText();
    }

    /** Every event after {@code cursor}, following next links. */
    static List<JsonNode> events(Http http, String version, String cursor) {
        String first = "/" + version + "/events?limit=50" + (cursor.isEmpty() ? "" : "&starting_after=" + cursor);
        return Hubs.walk(http, first);
    }

    /** Applies events in order: created and updated put data.object, deleted removes it. */
    static void apply(Map<String, Map<String, JsonNode>> state, List<JsonNode> events) {
        for (JsonNode event : events) {
            String[] type = event.path("type").asText().split("\\.");
            String collection = collection(type[0]);
            JsonNode object = event.path("data").path("object");
            Map<String, JsonNode> objects = state.computeIfAbsent(collection, k -> new TreeMap<>());
            if (type[1].equals("deleted")) {
                objects.remove(object.path("id").asText());
            } else {
                objects.put(object.path("id").asText(), object);
            }
        }
    }

    private static String collection(String eventType) {
        return switch (eventType) {
            case "schooladmins" -> "school_admins";
            case "districtadmins" -> "district_admins";
            default -> eventType;
        };
    }
}
