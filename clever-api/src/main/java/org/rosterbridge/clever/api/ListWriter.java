package org.rosterbridge.clever.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.rosterbridge.clever.CleverObject;

/**
 * Streams one list response, {@code {"data":[{"data":{…},"uri":"…"},…],"links":[…]}}, straight to the
 * response body: items are written as they come, so a page of 10,000 users never exists as a tree. Not
 * thread-safe; one per response. Call {@link #finish} once, after the last item; the stream is flushed but
 * not closed.
 */
public final class ListWriter {

    private final CleverJson json;
    private final Out out;
    private final ResourceType type;
    private final boolean events;

    ListWriter(CleverJson json, Out out, ResourceType type, boolean events) throws IOException {
        this.json = json;
        this.out = out;
        this.type = type;
        this.events = events;
        out.g.writeStartObject();
        out.startArray("data");
    }

    /** Appends one record as {@code {"data": {…}, "uri": "/v3.0/<type>/<id>"}}. */
    public ListWriter item(CleverObject record, Stamps stamps) {
        if (events) {
            throw new IllegalStateException("this writer lists events");
        }
        try {
            JsonGenerator g = out.g;
            g.writeStartObject();
            g.writeFieldName("data");
            json.writeObject(out, type, record, stamps);
            g.writeStringField("uri", json.uri(type, Records.wireId(type, record)));
            g.writeEndObject();
            return this;
        } catch (IOException e) {
            throw CleverJson.writeFailed(e);
        }
    }

    public ListWriter item(Stamped stamped) {
        return item(stamped.record(), stamped.stamps());
    }

    /** Appends one event as {@code {"data": {event}, "uri": "/v3.0/events/<id>"}}. */
    public ListWriter event(Event event) {
        if (!events) {
            throw new IllegalStateException("this writer lists " + type.segment());
        }
        try {
            out.g.writeStartObject();
            out.g.writeFieldName("data");
            json.writeEvent(out, event);
            out.g.writeStringField("uri", json.eventUri(event.id()));
            out.g.writeEndObject();
            return this;
        } catch (IOException e) {
            throw CleverJson.writeFailed(e);
        }
    }

    /** Closes the data array, writes the links and flushes. */
    public void finish(PageLinks links) {
        try {
            out.endArray();
            CleverJson.writeLinks(out, links);
            out.g.writeEndObject();
            out.g.close();
        } catch (IOException e) {
            throw CleverJson.writeFailed(e);
        }
    }
}
