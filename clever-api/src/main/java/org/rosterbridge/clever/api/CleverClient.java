package org.rosterbridge.clever.api;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;

/**
 * A client of Clever's Data API (or of the hub, which speaks the same), for the app-side sync: one object,
 * a paged list, the event cursor and the events after it. Works unchanged against {@code https://api.clever.com}.
 *
 * <p>Resilience (see {@link ClientSettings}): a 429 waits until {@code X-RateLimit-Reset} (or
 * {@code Retry-After}); 500, 502, 503, 504, timeouts and I/O errors are retried with exponential backoff and
 * jitter, up to {@code maxAttempts}; every other status is final. A 404 on one object is {@link
 * Fetched.NotFound}; other failures of single requests are {@link CleverHttpException} (or {@link
 * CleverApiException} for I/O), naming the path and status, never the token. Paged fetches never throw for
 * a failing page: they report a {@link PageChain.Incomplete}.
 *
 * <p>Thread-safe; one per district token.
 */
public final class CleverClient {

    private final ClientSettings settings;
    private final Transport transport;
    private final CleverJson json;

    private CleverClient(ClientSettings settings, Transport transport) {
        this.settings = settings;
        this.transport = transport;
        this.json = CleverJson.of(settings.version());
    }

    /** A client with the JDK's HTTP client, the system clock and real sleeps. */
    public static CleverClient connect(ClientSettings settings) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return connect(settings, http, InstantSource.system(), Sleeper.system());
    }

    /** A client with the given HTTP client, clock (for rate-limit resets) and sleeper (for every wait). */
    public static CleverClient connect(ClientSettings settings, HttpClient http, InstantSource clock, Sleeper sleeper) {
        return new CleverClient(settings, new Transport(settings, http, clock, sleeper));
    }

    public ApiVersion version() {
        return settings.version();
    }

    /** {@code GET /<version>/<type>/<id>}: the object, not found (404), or unreadable. */
    public Fetched get(ResourceType type, CleverId id) {
        String path = json.uri(type, id);
        Transport.Reply response = transport.get(path);
        if (response.status() == 404) {
            return new Fetched.NotFound(path);
        }
        ok(path, response);
        Decoded<CleverObject> decoded = json.decodeSingle(type, response.body());
        if (decoded instanceof Decoded.Failed<CleverObject> failed) {
            return new Fetched.Unreadable(path, failed);
        }
        Decoded.Ok<CleverObject> found = (Decoded.Ok<CleverObject>) decoded;
        return new Fetched.Found(found.value(), found.stamps());
    }

    /** Pages {@code GET /<version>/<type>} from the start, giving each page to {@code sink} in order. */
    public PageChain list(ResourceType type, ListQuery query, Consumer<DecodedPage<CleverObject>> sink) {
        String first = Pager.firstPath(json.path(type), query, "");
        return new Pager<>(transport, body -> json.decodeList(type, body), CleverClient::recordId).run(first, "", sink);
    }

    /**
     * The newest event's id ({@code /events?ending_before=last&limit=1}), to be saved as the cursor
     * <em>before</em> a full sync; empty when there are no events.
     */
    public Optional<CleverId> latestEventId() {
        String path = "/" + settings.version().path() + "/events?ending_before=last&limit=1";
        Transport.Reply response = transport.get(path);
        ok(path, response);
        for (Decoded<Event> item : json.decodeEvents(response.body()).items()) {
            String id = eventId(item);
            if (CleverId.isValid(id)) {
                return Optional.of(CleverId.of(id));
            }
        }
        return Optional.empty();
    }

    /**
     * Pages the events after {@code cursor}, oldest first. {@link PageChain#lastId()} is the new cursor. A
     * cursor Clever no longer knows (older than its 30 days) shows as an incomplete chain with status 404 on
     * the first page: resync in full, then seed a new cursor.
     */
    public PageChain events(CleverId cursor, ListQuery query, Consumer<DecodedPage<Event>> sink) {
        return events(cursor.value(), query, sink);
    }

    /** Pages every event Clever still holds, oldest first. */
    public PageChain events(ListQuery query, Consumer<DecodedPage<Event>> sink) {
        return events("", query, sink);
    }

    private PageChain events(String cursor, ListQuery query, Consumer<DecodedPage<Event>> sink) {
        String first = Pager.firstPath("/" + settings.version().path() + "/events", query, cursor);
        return new Pager<>(transport, json::decodeEvents, CleverClient::eventId).run(first, cursor, sink);
    }

    private static void ok(String path, Transport.Reply response) {
        if (response.status() != 200) {
            throw new CleverHttpException(path, response.status(), response.attempts());
        }
    }

    private static String recordId(Decoded<CleverObject> item) {
        return item instanceof Decoded.Ok<CleverObject> ok
                ? ok.value().id().value()
                : ((Decoded.Failed<CleverObject>) item).id();
    }

    private static String eventId(Decoded<Event> item) {
        return item instanceof Decoded.Ok<Event> ok ? ok.value().id().value() : ((Decoded.Failed<Event>) item).id();
    }
}
