package org.rosterbridge.clever.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;

/** Field writers with Clever's absent-value rules: optional text is omitted when empty, never written as null. */
final class Out {

    final JsonGenerator g;
    final Codes codes;

    Out(JsonGenerator g, Codes codes) {
        this.g = g;
        this.codes = codes;
    }

    ApiVersion version() {
        return codes.version();
    }

    /** A field Clever always serves, even when empty. */
    void text(String name, String value) throws IOException {
        g.writeStringField(name, value);
    }

    /** A field Clever marks nullable or not guaranteed: omitted when empty. */
    void optText(String name, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    void id(String name, CleverId id) throws IOException {
        g.writeStringField(name, id.value());
    }

    void optId(String name, Optional<CleverId> id) throws IOException {
        if (id.isPresent()) {
            g.writeStringField(name, id.get().value());
        }
    }

    void ids(String name, List<CleverId> ids) throws IOException {
        g.writeArrayFieldStart(name);
        for (CleverId id : ids) {
            g.writeString(id.value());
        }
        g.writeEndArray();
    }

    void time(String name, Instant instant) throws IOException {
        g.writeStringField(name, WireTime.timestamp(instant));
    }

    void stamps(Stamps stamps) throws IOException {
        time("created", stamps.created());
        time("last_modified", stamps.lastModified());
    }

    void startObject(String name) throws IOException {
        g.writeObjectFieldStart(name);
    }

    void startArray(String name) throws IOException {
        g.writeArrayFieldStart(name);
    }

    void end() throws IOException {
        g.writeEndObject();
    }

    void endArray() throws IOException {
        g.writeEndArray();
    }

    /** {@code credentials: {district_username}} when there is a username. */
    void credentials(String username) throws IOException {
        if (!username.isEmpty()) {
            startObject("credentials");
            text("district_username", username);
            end();
        }
    }
}
