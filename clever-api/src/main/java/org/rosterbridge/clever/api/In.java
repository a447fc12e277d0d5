package org.rosterbridge.clever.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rosterbridge.clever.CleverCode;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;

/**
 * Tolerant field readers over one JSON object: absent, null and empty all read as absent, unknown fields are
 * ignored, and code values are kept as sent. Only a guaranteed id that is missing or malformed, or a value of
 * the wrong shape, fails — with the JSON path, never the value.
 */
final class In {

    private final JsonNode node;
    private final String path;

    In(JsonNode node, String path) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            throw fail(name, "expected a string");
        }
        return value.asText();
    }

    CleverId id(String name) {
        return optId(name).orElseThrow(() -> fail(name, "missing id"));
    }

    Optional<CleverId> optId(String name) {
        String text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!CleverId.isValid(text)) {
            throw fail(name, "not a Clever id");
        }
        return Optional.of(CleverId.of(text));
    }

    List<CleverId> ids(String name) {
        List<CleverId> ids = new ArrayList<>();
        List<JsonNode> items = items(name);
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).asText();
            if (!CleverId.isValid(text)) {
                throw fail(name + "/" + i, "not a Clever id");
            }
            ids.add(CleverId.of(text));
        }
        return ids;
    }

    Optional<Instant> time(String name) {
        String text = text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(parsed(name, WireTime.parseTimestamp(text)));
    }

    Optional<LocalDate> date(String name) {
        String text = text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(parsed(name, WireTime.parseDate(text)));
    }

    Optional<LocalDate> dob(String name) {
        String text = text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(parsed(name, WireTime.parseDob(text)));
    }

    <E extends Enum<E> & CleverCode> Coded<E> code(Class<E> type, String name) {
        return Coded.of(type, text(name));
    }

    Stamps stamps() {
        Instant created = time("created").orElse(Instant.EPOCH);
        return new Stamps(created, time("last_modified").orElse(created));
    }

    /** The nested object {@code name}; an absent or null one reads as an empty object. */
    In object(String name) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !value.isObject()) {
            throw fail(name, "expected an object");
        }
        return new In(value, path + "/" + name);
    }

    <T> List<T> list(String name, Function<In, T> reader) {
        List<T> out = new ArrayList<>();
        List<JsonNode> items = items(name);
        for (int i = 0; i < items.size(); i++) {
            out.add(reader.apply(new In(items.get(i), path + "/" + name + "/" + i)));
        }
        return out;
    }

    List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items(name)) {
            out.add(item.asText());
        }
        return out;
    }

    DecodeFailure fail(String name, String problem) {
        return new DecodeFailure(path + "/" + name, problem);
    }

    private List<JsonNode> items(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw fail(name, "expected an array");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    private <T> T parsed(String name, Optional<T> value) {
        return value.orElseThrow(() -> fail(name, "malformed date or time"));
    }
}
