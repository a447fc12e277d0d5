package org.rosterbridge.clever.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;

/**
 * Clever's JSON for one API version: the model records as the objects Clever serves, the single, list and
 * event envelopes, error bodies, and the way back from JSON to records.
 *
 * <p>Encoding follows the version's Swagger definitions: field names per version, times as
 * {@code 2026-01-02T03:04:05.000Z}, dates as {@code YYYY-MM-DD}, a student's {@code dob} as {@code M/D/YYYY},
 * and an absent optional value omitted (never {@code null}). A code value the version cannot carry is mapped
 * where Clever's older list has a faithful counterpart (v2.0 grades) and omitted otherwise. In v2 a person is
 * one object per role, so the v2 encoders take the {@link ResourceType} to show and sections name teachers by
 * the v2 teacher ids of {@link #withTeacherIds}.
 *
 * <p>Decoding is tolerant: unknown fields are ignored, absent, {@code null} and empty values read as absent,
 * unknown code values are kept ({@link org.rosterbridge.clever.Coded}), and a record that cannot be read comes
 * back as {@link Decoded.Failed} naming its id and JSON path while the rest of the page still decodes.
 *
 * <p>Instances are immutable and thread-safe; {@link #of} returns one shared instance per version.
 */
public final class CleverJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY =
            MAPPER.getFactory().copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final Map<ApiVersion, CleverJson> BY_VERSION = new EnumMap<>(ApiVersion.class);

    static {
        for (ApiVersion version : ApiVersion.values()) {
            BY_VERSION.put(version, new CleverJson(version, TeacherIds.identity()));
        }
    }

    private final ApiVersion version;
    private final Codes codes;
    private final TeacherIds teacherIds;
    private final Map<ResourceType, String> paths = new EnumMap<>(ResourceType.class);

    private CleverJson(ApiVersion version, TeacherIds teacherIds) {
        this.version = version;
        this.codes = new Codes(version);
        this.teacherIds = teacherIds;
        for (ResourceType type : ResourceType.values()) {
            paths.put(type, "/" + version.path() + "/" + type.segment());
        }
    }

    /** The codec for {@code version}; v2 sections name teachers by their user ids until {@link #withTeacherIds}. */
    public static CleverJson of(ApiVersion version) {
        return BY_VERSION.get(version);
    }

    /** This codec, with v2 section teacher ids mapped by {@code ids}. Cheap; make one per response if needed. */
    public CleverJson withTeacherIds(TeacherIds ids) {
        return new CleverJson(version, ids);
    }

    public ApiVersion version() {
        return version;
    }

    /** The list path of {@code type}, e.g. {@code /v3.0/users}. */
    public String path(ResourceType type) {
        return paths.get(type);
    }

    /** The object URI, e.g. {@code /v3.0/users/<id>}. */
    public String uri(ResourceType type, CleverId wireId) {
        return path(type) + "/" + wireId.value();
    }

    /** The id {@code record} has when shown as {@code type}: for v2 people the role's legacy id. */
    public CleverId wireId(ResourceType type, CleverObject record) {
        return Records.wireId(type, record);
    }

    /** The type a record is shown as when there is one choice: all but v2 users holding several roles. */
    public ResourceType typeOf(CleverObject record) {
        return Records.typeOf(version, record);
    }

    // ---- trees

    /** The bare object, e.g. what {@code data} holds in a single response. */
    public ObjectNode toTree(ResourceType type, CleverObject record, Stamps stamps) {
        return tree(o -> writeObject(o, type, record, stamps));
    }

    public ObjectNode toTree(CleverObject record, Stamps stamps) {
        return toTree(typeOf(record), record, stamps);
    }

    /** {@code {"data": {…}, "links": [{"rel":"self","uri":"/v3.0/<type>/<id>"}]}}. */
    public ObjectNode singleTree(ResourceType type, CleverObject record, Stamps stamps) {
        return tree(o -> writeSingle(o, type, record, stamps));
    }

    /** A whole list response as a tree; for big pages use {@link #listWriter}. */
    public ObjectNode listTree(ResourceType type, List<Stamped> items, PageLinks links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListWriter writer = listWriter(bytes, type);
        items.forEach(writer::item);
        writer.finish(links);
        return (ObjectNode) readTree(bytes.toByteArray());
    }

    /** The event object {@code {id, type, created, data:{object}, previous_attributes}}. */
    public ObjectNode eventTree(Event event) {
        return tree(o -> writeEvent(o, event));
    }

    /** A list of events as a tree. */
    public ObjectNode eventListTree(List<Event> events, PageLinks links) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListWriter writer = eventListWriter(bytes);
        events.forEach(writer::event);
        writer.finish(links);
        return (ObjectNode) readTree(bytes.toByteArray());
    }

    /**
     * {@code previous_attributes} for an update from {@code before} to {@code after}: every field of this
     * version's encoding whose value changed, with its old value ({@code null} where it was absent), nested
     * where the objects nest ({@code name}, {@code roles.student}, {@code location}, …); arrays as a whole.
     */
    public ObjectNode previousAttributes(
            ResourceType type, CleverObject before, Stamps beforeStamps, CleverObject after, Stamps afterStamps) {
        return EventCodec.diff(toTree(type, before, beforeStamps), toTree(type, after, afterStamps));
    }

    /** An error body, {@code {"message": "…"}}. */
    public ObjectNode errorTree(String message) {
        return MAPPER.createObjectNode().put("message", message);
    }

    // ---- bytes and streams

    public void writeSingle(OutputStream out, ResourceType type, CleverObject record, Stamps stamps) {
        stream(out, o -> writeSingle(o, type, record, stamps));
    }

    public byte[] singleBytes(ResourceType type, CleverObject record, Stamps stamps) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeSingle(bytes, type, record, stamps);
        return bytes.toByteArray();
    }

    /** A single event response, {@code {"data": {event}, "links": [self]}}. */
    public void writeSingleEvent(OutputStream out, Event event) {
        stream(out, o -> {
            o.g.writeStartObject();
            o.g.writeFieldName("data");
            writeEvent(o, event);
            writeLinks(o, PageLinks.self(eventUri(event.id())));
            o.g.writeEndObject();
        });
    }

    /** Streams a list response of {@code type}; see {@link ListWriter}. */
    public ListWriter listWriter(OutputStream out, ResourceType type) {
        if (!type.servedBy(version)) {
            throw new IllegalArgumentException(version.path() + " does not serve " + type.segment());
        }
        return newListWriter(out, type, false);
    }

    /** Streams a list of events. */
    public ListWriter eventListWriter(OutputStream out) {
        return newListWriter(out, ResourceType.USERS, true);
    }

    public void writeError(OutputStream out, String message) {
        stream(out, o -> {
            o.g.writeStartObject();
            o.text("message", message);
            o.g.writeEndObject();
        });
    }

    public byte[] errorBytes(String message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeError(bytes, message);
        return bytes.toByteArray();
    }

    public byte[] toBytes(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    // ---- decoding

    /** Reads one bare object shown as {@code type}. */
    public Decoded<CleverObject> decode(ResourceType type, JsonNode object) {
        return decodeAt(type, object, "");
    }

    /** Reads a single-object response body, {@code {"data": {…}}}. */
    public Decoded<CleverObject> decodeSingle(ResourceType type, byte[] body) {
        return decodeAt(type, readTree(body).path("data"), "/data");
    }

    /** Reads a list response body element by element, without holding the whole body as a tree. */
    public DecodedPage<CleverObject> decodeList(ResourceType type, InputStream body) {
        return readList(body, item -> decodeAt(type, item.path("data"), "/data"));
    }

    public DecodedPage<CleverObject> decodeList(ResourceType type, byte[] body) {
        return decodeList(type, new ByteArrayInputStream(body));
    }

    /** Reads one event object (the element of an events list, or the {@code data} of {@code /events/{id}}). */
    public Decoded<Event> decodeEvent(JsonNode event) {
        return EventCodec.read(version, event);
    }

    /** Reads an events list body; an event of a type this version does not serve decodes as failed. */
    public DecodedPage<Event> decodeEvents(InputStream body) {
        return readList(body, item -> decodeEvent(item.path("data")));
    }

    public DecodedPage<Event> decodeEvents(byte[] body) {
        return decodeEvents(new ByteArrayInputStream(body));
    }

    /** Parses JSON text; malformed JSON is a {@link CleverApiException} naming the position only. */
    public JsonNode readTree(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new CleverApiException("malformed JSON: " + location(e));
        }
    }

    // ---- internals shared with ListWriter and EventCodec

    static Decoded<CleverObject> decodeAt(ResourceType type, JsonNode object, String at) {
        String id = object.path("id").asText("");
        String safeId = CleverId.isValid(id) ? id : "";
        if (!object.isObject()) {
            return new Decoded.Failed<>(safeId, at.isEmpty() ? "/" : at, "expected an object");
        }
        In in = new In(object, "");
        try {
            CleverObject record = Records.read(type, in);
            return new Decoded.Ok<>(record, Records.hasStamps(type) ? in.stamps() : Stamps.UNKNOWN);
        } catch (DecodeFailure f) {
            return new Decoded.Failed<>(safeId, at + f.path, f.problem);
        }
    }

    void writeObject(Out o, ResourceType type, CleverObject record, Stamps stamps) throws IOException {
        Records.write(o, type, record, stamps, teacherIds);
    }

    void writeEvent(Out o, Event event) throws IOException {
        EventCodec.write(o, event, teacherIds);
    }

    String eventUri(CleverId id) {
        return "/" + version.path() + "/events/" + id.value();
    }

    static void writeLinks(Out o, PageLinks links) throws IOException {
        o.startArray("links");
        link(o, "self", links.self());
        link(o, "next", links.next());
        link(o, "prev", links.prev());
        o.endArray();
    }

    static CleverApiException writeFailed(IOException e) {
        return new CleverApiException("could not write JSON: " + e.getClass().getSimpleName(), e);
    }

    private static void link(Out o, String rel, String uri) throws IOException {
        if (!uri.isEmpty()) {
            o.g.writeStartObject();
            o.text("rel", rel);
            o.text("uri", uri);
            o.g.writeEndObject();
        }
    }

    private void writeSingle(Out o, ResourceType type, CleverObject record, Stamps stamps) throws IOException {
        o.g.writeStartObject();
        o.g.writeFieldName("data");
        writeObject(o, type, record, stamps);
        writeLinks(o, PageLinks.self(uri(type, Records.wireId(type, record))));
        o.g.writeEndObject();
    }

    private ListWriter newListWriter(OutputStream out, ResourceType type, boolean events) {
        try {
            return new ListWriter(this, new Out(FACTORY.createGenerator(out), codes), type, events);
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    private interface Writing {
        void write(Out o) throws IOException;
    }

    private ObjectNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writing.write(new Out(buffer, codes));
            return MAPPER.readTree(buffer.asParser(MAPPER));
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    private void stream(OutputStream out, Writing writing) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writing.write(new Out(g, codes));
        } catch (IOException e) {
            throw writeFailed(e);
        }
    }

    private <T> DecodedPage<T> readList(InputStream body, Function<JsonNode, Decoded<T>> decoder) {
        List<Decoded<T>> items = new ArrayList<>();
        PageLinks links = PageLinks.self("");
        try (JsonParser p = FACTORY.createParser(body)) {
            p.setCodec(MAPPER);
            expect(p, p.nextToken() == JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("data") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        items.add(decoder.apply(p.readValueAsTree()));
                    }
                } else if (name.equals("links")) {
                    links = readLinks(p.readValueAsTree());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new CleverApiException("malformed JSON: " + location(e));
        }
        return new DecodedPage<>(items, links);
    }

    private static PageLinks readLinks(JsonNode links) {
        String self = "";
        String next = "";
        String prev = "";
        for (JsonNode link : links) {
            String uri = link.path("uri").asText("");
            switch (link.path("rel").asText("")) {
                case "self" -> self = uri;
                case "next" -> next = uri;
                case "prev" -> prev = uri;
                default -> {}
            }
        }
        return new PageLinks(self, next, prev);
    }

    private static void expect(JsonParser p, boolean condition) throws IOException {
        if (!condition) {
            throw new CleverApiException(
                    "expected a JSON object at " + p.currentLocation().offsetDescription());
        }
    }

    private static String location(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return j.getLocation().offsetDescription();
        }
        return e.getClass().getSimpleName();
    }
}
