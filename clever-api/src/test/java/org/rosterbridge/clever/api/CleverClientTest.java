package org.rosterbridge.clever.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.User;

class CleverClientTest {

    private static final String TOKEN = "7f76343d50b9e956138169e8cbb4630bb887b18e";
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final CleverJson JSON = CleverJson.of(ApiVersion.V3_0);
    private static final String USERS = "/v3.0/users";

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<User> users = users(5);
    private FakeClever server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pagingFollowsNextLinksUntilThereAreNone() throws IOException {
        server = new FakeClever()
                .on(USERS + "?limit=2", page(0, 2, USERS + "?limit=2&starting_after=" + id(1)))
                .on(USERS + "?limit=2&starting_after=" + id(1), page(2, 4, USERS + "?limit=2&starting_after=" + id(3)))
                .on(USERS + "?limit=2&starting_after=" + id(3), page(4, 5, ""));
        List<DecodedPage<CleverObject>> pages = new ArrayList<>();

        PageChain chain = client(5).list(ResourceType.USERS, ListQuery.limit(2), pages::add);

        assertThat(chain).isEqualTo(new PageChain.Complete(3, 5, id(4)));
        assertThat(pages.stream().flatMap(p -> p.items().stream()).toList())
                .containsExactlyElementsOf(users.stream()
                        .map(u -> (Decoded<CleverObject>) new Decoded.Ok<CleverObject>(u, Samples.STAMPS))
                        .toList());
        assertThat(server.requests).allMatch(r -> r.authorization().equals("Bearer " + TOKEN));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void passesFiltersAndTheFullSyncLimit() throws IOException {
        server = new FakeClever().on(USERS + "?limit=10000&role=student", page(0, 1, ""));

        PageChain chain = client(5).list(ResourceType.USERS, ListQuery.full().with("role", "student"), p -> {});

        assertThat(chain.complete()).isTrue();
        assertThat(chain.records()).isEqualTo(1);
    }

    @Test
    void waitsUntilTheRateLimitResetsAfterA429() throws IOException {
        String reset = Long.toString(NOW.plusSeconds(7).getEpochSecond());
        server =
                new FakeClever().on(USERS + "/" + id(0), FakeClever.status(429, "X-RateLimit-Reset", reset), single(0));

        Fetched fetched = client(5).get(ResourceType.USERS, users.get(0).id());

        assertThat(fetched).isEqualTo(new Fetched.Found(users.get(0), Samples.STAMPS));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void honoursRetryAfterWhenThereIsNoReset() throws IOException {
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.status(429, "Retry-After", "3"), single(0));

        assertThat(client(5).get(ResourceType.USERS, users.get(0).id())).isInstanceOf(Fetched.Found.class);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retriesServerErrorsWithGrowingBackoffThenSucceeds() throws IOException {
        server = new FakeClever()
                .on(
                        USERS + "/" + id(0),
                        FakeClever.status(500),
                        FakeClever.status(503),
                        FakeClever.status(502),
                        single(0));

        assertThat(client(5).get(ResourceType.USERS, users.get(0).id())).isInstanceOf(Fetched.Found.class);
        assertThat(server.count(USERS + "/" + id(0))).isEqualTo(4);
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(75), Duration.ofMillis(125));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(300), Duration.ofMillis(500));
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() throws IOException {
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.status(503));

        assertThatThrownBy(() -> client(3).get(ResourceType.USERS, users.get(0).id()))
                .isInstanceOf(CleverHttpException.class)
                .hasMessage("GET " + USERS + "/" + id(0) + " failed: HTTP 503 after 3 attempts")
                .satisfies(e -> assertThat(((CleverHttpException) e).status()).isEqualTo(503));
        assertThat(server.count(USERS + "/" + id(0))).isEqualTo(3);
        assertThat(sleeps).hasSize(2).allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0);
    }

    @Test
    void failsAtOnceOnUnauthorizedNamingPathAndStatus() throws IOException {
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.status(401));

        assertThatThrownBy(() -> client(5).get(ResourceType.USERS, users.get(0).id()))
                .isInstanceOf(CleverHttpException.class)
                .hasMessage("GET " + USERS + "/" + id(0) + " failed: HTTP 401");
        assertThat(server.count(USERS + "/" + id(0))).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void reportsNotFoundAsAnOutcome() throws IOException {
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.status(404));

        assertThat(client(5).get(ResourceType.USERS, users.get(0).id()))
                .isEqualTo(new Fetched.NotFound(USERS + "/" + id(0)));
        assertThat(server.count(USERS + "/" + id(0))).isEqualTo(1);
    }

    @Test
    void retriesADroppedConnection() throws IOException {
        // The JDK client itself retries a GET once when the connection closes before a response, so it
        // takes two drops in a row to reach our retry.
        server = new FakeClever()
                .on(
                        USERS + "/" + id(0),
                        FakeClever.drop(),
                        FakeClever.drop(),
                        FakeClever.drop(),
                        FakeClever.drop(),
                        single(0));

        assertThat(client(5).get(ResourceType.USERS, users.get(0).id())).isInstanceOf(Fetched.Found.class);
        assertThat(sleeps).isNotEmpty();
    }

    @Test
    void retriesATruncatedBody() throws IOException {
        byte[] body = JSON.singleBytes(ResourceType.USERS, users.get(0), Samples.STAMPS);
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.truncate(body), single(0));

        assertThat(client(5).get(ResourceType.USERS, users.get(0).id())).isInstanceOf(Fetched.Found.class);
        assertThat(server.count(USERS + "/" + id(0))).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void retriesATimedOutRequest() throws IOException {
        server = new FakeClever().on(USERS + "/" + id(0), FakeClever.slow(2_000, single(0)), single(0));
        ClientSettings settings = settings(3).withRequestTimeout(Duration.ofMillis(300));

        assertThat(client(settings).get(ResourceType.USERS, users.get(0).id())).isInstanceOf(Fetched.Found.class);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void reportsAChainCutByAFailingPageAsIncomplete() throws IOException {
        String second = USERS + "?limit=2&starting_after=" + id(1);
        server = new FakeClever().on(USERS + "?limit=2", page(0, 2, second)).on(second, FakeClever.status(500));
        List<DecodedPage<CleverObject>> pages = new ArrayList<>();

        PageChain chain = client(3).list(ResourceType.USERS, ListQuery.limit(2), pages::add);

        assertThat(chain).isEqualTo(new PageChain.Incomplete(1, 2, id(1), second, 500, "HTTP 500 after 3 attempts"));
        assertThat(pages).hasSize(1);
    }

    @Test
    void reportsAChainCutByADroppedConnectionAsIncomplete() throws IOException {
        String second = USERS + "?limit=2&starting_after=" + id(1);
        server = new FakeClever().on(USERS + "?limit=2", page(0, 2, second)).on(second, FakeClever.drop());

        PageChain chain = client(2).list(ResourceType.USERS, ListQuery.limit(2), p -> {});

        assertThat(chain.complete()).isFalse();
        assertThat(((PageChain.Incomplete) chain).reason()).startsWith("GET " + second + " failed after 2 attempts");
    }

    @Test
    void reportsALoopingChainAsIncomplete() throws IOException {
        String second = USERS + "?limit=2&starting_after=" + id(1);
        server = new FakeClever().on(USERS + "?limit=2", page(0, 2, second)).on(second, page(2, 4, USERS + "?limit=2"));

        PageChain chain = client(2).list(ResourceType.USERS, ListQuery.limit(2), p -> {});

        assertThat(chain)
                .isEqualTo(new PageChain.Incomplete(
                        2, 4, id(3), USERS + "?limit=2", 0, "next link repeats an earlier page"));
    }

    @Test
    void reportsIdsGoingBackwardsAsIncomplete() throws IOException {
        String second = USERS + "?limit=2&starting_after=" + id(3);
        server = new FakeClever().on(USERS + "?limit=2", page(2, 4, second)).on(second, page(0, 2, ""));
        List<DecodedPage<CleverObject>> pages = new ArrayList<>();

        PageChain chain = client(2).list(ResourceType.USERS, ListQuery.limit(2), pages::add);

        assertThat(chain)
                .isEqualTo(new PageChain.Incomplete(1, 2, id(3), second, 200, "ids not ascending at " + id(0)));
        assertThat(pages).hasSize(1);
    }

    @Test
    void refusesANextLinkToAnotherHost() throws IOException {
        server = new FakeClever().on(USERS + "?limit=2", page(0, 2, "https://evil.example/v3.0/users?x=1"));

        PageChain chain = client(2).list(ResourceType.USERS, ListQuery.limit(2), p -> {});

        assertThat(chain.complete()).isFalse();
        assertThat(((PageChain.Incomplete) chain).reason()).startsWith("next link unusable");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void reportsAMalformedPageAsIncomplete() throws IOException {
        byte[] whole = pageBytes(0, 2, "");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        server = new FakeClever().on(USERS + "?limit=2", FakeClever.json(200, half));

        PageChain chain = client(2).list(ResourceType.USERS, ListQuery.limit(2), p -> {});

        assertThat(chain.complete()).isFalse();
        assertThat(((PageChain.Incomplete) chain).reason()).startsWith("malformed JSON");
    }

    @Test
    void seedsTheEventCursorAndPagesEventsAfterIt() throws IOException {
        List<Event> events = events(3);
        String events0 = "/v3.0/events";
        server = new FakeClever()
                .on(events0 + "?ending_before=last&limit=1", eventPage(events.subList(2, 3), ""))
                .on(events0 + "?limit=100&starting_after=" + events.get(0).id(), eventPage(events.subList(1, 3), ""));
        CleverClient client = client(2);

        assertThat(client.latestEventId()).contains(events.get(2).id());
        List<Event> seen = new ArrayList<>();
        PageChain chain = client.events(
                events.get(0).id(),
                ListQuery.limit(100),
                page -> page.items().forEach(item -> seen.add(((Decoded.Ok<Event>) item).value())));

        assertThat(chain)
                .isEqualTo(new PageChain.Complete(1, 2, events.get(2).id().value()));
        assertThat(seen).containsExactlyElementsOf(events.subList(1, 3));
    }

    @Test
    void reportsAnExpiredEventCursorAsIncompleteWith404() throws IOException {
        CleverId cursor = CleverId.of("000000000000000000000001");
        server = new FakeClever().on("/v3.0/events?limit=100&starting_after=" + cursor, FakeClever.status(404));

        PageChain chain = client(2).events(cursor, ListQuery.limit(100), p -> {});

        assertThat(chain).isInstanceOf(PageChain.Incomplete.class);
        assertThat(((PageChain.Incomplete) chain).status()).isEqualTo(404);
        assertThat(chain.lastId()).isEqualTo(cursor.value());
    }

    @Test
    void neverPutsTheTokenInAMessage() throws IOException {
        String second = USERS + "?limit=2&starting_after=" + id(1);
        server = new FakeClever()
                .on(USERS + "/" + id(0), FakeClever.status(401))
                .on(USERS + "/" + id(1), FakeClever.drop())
                .on(USERS + "?limit=2", page(0, 2, second))
                .on(second, FakeClever.status(403));
        CleverClient client = client(2);
        List<String> messages = new ArrayList<>();

        messages.add(thrown(() -> client.get(ResourceType.USERS, users.get(0).id())));
        messages.add(thrown(() -> client.get(ResourceType.USERS, users.get(1).id())));
        messages.add(
                client.list(ResourceType.USERS, ListQuery.limit(2), p -> {}).toString());
        messages.add(settings(2).toString());

        assertThat(messages)
                .hasSize(4)
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain(TOKEN));
    }

    @Test
    void refusesBadSettingsAtOnce() {
        assertThatThrownBy(() -> ClientSettings.of(java.net.URI.create("ftp://x"), TOKEN, ApiVersion.V3_0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientSettings.of(java.net.URI.create("https://api.clever.com"), " ", ApiVersion.V3_0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ListQuery.limit(10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- fixtures

    private static String thrown(Runnable action) {
        try {
            action.run();
        } catch (CleverApiException e) {
            return e.getMessage() + " " + e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    private ClientSettings settings(int attempts) {
        return ClientSettings.of(server.baseUrl(), TOKEN, ApiVersion.V3_0)
                .withRetries(attempts, Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    private CleverClient client(int attempts) {
        return client(settings(attempts));
    }

    private CleverClient client(ClientSettings settings) {
        return CleverClient.connect(settings, HttpClient.newHttpClient(), InstantSource.fixed(NOW), sleeps::add);
    }

    private String id(int index) {
        return users.get(index).id().value();
    }

    private FakeClever.Responder single(int index) {
        return FakeClever.json(200, JSON.singleBytes(ResourceType.USERS, users.get(index), Samples.STAMPS));
    }

    private FakeClever.Responder page(int from, int to, String next) {
        return FakeClever.json(200, pageBytes(from, to, next));
    }

    private byte[] pageBytes(int from, int to, String next) {
        List<Stamped> items = users.subList(from, to).stream()
                .map(u -> new Stamped(u, Samples.STAMPS))
                .toList();
        return JSON.toBytes(JSON.listTree(ResourceType.USERS, items, new PageLinks(USERS, next, "")));
    }

    private static FakeClever.Responder eventPage(List<Event> events, String next) {
        return FakeClever.json(200, JSON.toBytes(JSON.eventListTree(events, new PageLinks("/v3.0/events", next, ""))));
    }

    private static List<User> users(int count) {
        RosterGen gen = new RosterGen(99, ApiVersion.V3_0);
        CleverId district = gen.id();
        List<User> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(gen.user(district, ResourceType.USERS));
        }
        out.sort(Comparator.comparing(User::id));
        return out;
    }

    private List<Event> events(int count) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CleverId id = CleverId.of(String.format("6a00000000000000000000%02d", i));
            out.add(Event.of(id, ResourceType.USERS, EventAction.CREATED, NOW, users.get(i), Samples.STAMPS));
        }
        return out;
    }
}
