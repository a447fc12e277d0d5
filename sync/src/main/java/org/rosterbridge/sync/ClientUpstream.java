package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.api.CleverApiException;
import org.rosterbridge.clever.api.CleverClient;
import org.rosterbridge.clever.api.ClientSettings;
import org.rosterbridge.clever.api.Decoded;
import org.rosterbridge.clever.api.DecodedPage;
import org.rosterbridge.clever.api.EventAction;
import org.rosterbridge.clever.api.ListQuery;
import org.rosterbridge.clever.api.PageChain;
import org.rosterbridge.clever.api.ResourceType;

/**
 * The Clever Data API over HTTP through clever-api's {@link CleverClient}: the version adapter. v3 reads
 * people from {@code /users?role=…} (a multi-role user once per role, kept once); v2 reads
 * {@code /students}, {@code /teachers}, {@code /school_admins}, {@code /district_admins} and {@code /contacts}.
 * Either way the records come out as the same clever-model records.
 */
final class ClientUpstream implements Upstream {

    private static final List<String> V3_ROLES = List.of("student", "teacher", "staff", "district_admin", "contact");
    private static final List<ResourceType> V2_PEOPLE = List.of(
            ResourceType.STUDENTS,
            ResourceType.TEACHERS,
            ResourceType.SCHOOL_ADMINS,
            ResourceType.DISTRICT_ADMINS,
            ResourceType.CONTACTS);

    private final CleverClient client;
    private final int pageSize;
    private District district;

    private ClientUpstream(CleverClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    static Upstream open(SyncRequest request, int pageSize) {
        var version = org.rosterbridge.clever.api.ApiVersion.fromPath(
                request.version().wire());
        CleverClient client = CleverClient.connect(ClientSettings.of(request.api(), request.token(), version));
        return new ClientUpstream(client, pageSize);
    }

    @Override
    public District district() {
        if (district == null) {
            List<CleverObject> districts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            collect(ResourceType.DISTRICTS, ListQuery.limit(pageSize), districts, problems);
            if (!problems.isEmpty() || districts.isEmpty()) {
                throw new SyncException("cannot read the token's district: " + String.join("; ", problems));
            }
            district = (District) districts.get(0);
        }
        return district;
    }

    @Override
    public String newestEventId() {
        try {
            return client.latestEventId().map(CleverId::value).orElse("");
        } catch (CleverApiException e) {
            // Events off for this app: the full sync still runs; a later event sync finds no feed and resyncs.
            return "";
        }
    }

    @Override
    public FullFetch fetchAll() {
        Map<String, CleverObject> records = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        records.put(district().id().value(), district());
        for (ResourceType type : List.of(ResourceType.SCHOOLS, ResourceType.TERMS, ResourceType.COURSES)) {
            collectInto(type, ListQuery.limit(pageSize), records, problems);
        }
        if (client.version().isV3()) {
            for (String role : V3_ROLES) {
                collectInto(ResourceType.USERS, ListQuery.limit(pageSize).with("role", role), records, problems);
            }
        } else {
            for (ResourceType type : V2_PEOPLE) {
                collectInto(type, ListQuery.limit(pageSize), records, problems);
            }
        }
        collectInto(ResourceType.SECTIONS, ListQuery.limit(pageSize), records, problems);
        return new FullFetch(new ArrayList<>(records.values()), new FetchReport(problems));
    }

    private void collectInto(
            ResourceType type, ListQuery query, Map<String, CleverObject> into, List<String> problems) {
        List<CleverObject> found = new ArrayList<>();
        collect(type, query, found, problems);
        // Ids are unique across types, so one map holds them all; a user listed under two roles stays one.
        found.forEach(r -> into.putIfAbsent(r.id().value(), r));
    }

    private void collect(ResourceType type, ListQuery query, List<CleverObject> into, List<String> problems) {
        long[] unreadable = {0};
        long[] shortPages = {0};
        PageChain chain = client.list(type, query, page -> {
            // Clever fills every page but the last to the limit; a short page with a next link lost records.
            if (page.items().size() < query.limit() && page.links().nextLink().isPresent()) {
                shortPages[0]++;
            }
            read(page, into, unreadable);
        });
        String what = type.segment() + (query.filters().isEmpty() ? "" : " " + query.filters());
        if (chain instanceof PageChain.Incomplete broken) {
            problems.add(what + ": page chain broken after " + broken.pages() + " page(s) at " + broken.path()
                    + " (HTTP " + broken.status() + ", " + broken.reason() + ")");
        }
        if (shortPages[0] > 0) {
            problems.add(what + ": " + shortPages[0] + " short page(s) before the last");
        }
        if (unreadable[0] > 0) {
            problems.add(what + ": " + unreadable[0] + " record(s) could not be read");
        }
    }

    private static void read(DecodedPage<CleverObject> page, List<CleverObject> into, long[] unreadable) {
        for (Decoded<CleverObject> item : page.items()) {
            if (item instanceof Decoded.Ok<CleverObject> ok) {
                into.add(ok.value());
            } else {
                unreadable[0]++;
            }
        }
    }

    @Override
    public FeedEnd events(String cursor, Consumer<EventPage> sink) {
        long[] skipped = {0};
        boolean[] delivered = {false};
        Consumer<DecodedPage<org.rosterbridge.clever.api.Event>> pages = page -> {
            delivered[0] = true;
            sink.accept(eventPage(page, skipped));
        };
        ListQuery query = ListQuery.limit(pageSize);
        PageChain chain =
                cursor.isEmpty() ? client.events(query, pages) : client.events(CleverId.of(cursor), query, pages);
        if (chain instanceof PageChain.Incomplete broken) {
            if (!delivered[0] && broken.status() == 404) {
                throw new CursorGoneException(cursor);
            }
            return new FeedEnd(false, broken.path() + " HTTP " + broken.status() + " " + broken.reason(), skipped[0]);
        }
        return new FeedEnd(true, "", skipped[0]);
    }

    private static EventPage eventPage(DecodedPage<org.rosterbridge.clever.api.Event> page, long[] skipped) {
        List<Event> events = new ArrayList<>();
        String last = "";
        for (Decoded<org.rosterbridge.clever.api.Event> item : page.items()) {
            if (item instanceof Decoded.Ok<org.rosterbridge.clever.api.Event> ok) {
                var e = ok.value();
                events.add(new Event(e.id().value(), e.action() == EventAction.DELETED, e.object()));
                last = e.id().value();
            } else {
                Decoded.Failed<org.rosterbridge.clever.api.Event> failed =
                        (Decoded.Failed<org.rosterbridge.clever.api.Event>) item;
                skipped[0]++;
                if (CleverId.isValid(failed.id())) {
                    last = failed.id();
                }
            }
        }
        return new EventPage(events, last);
    }
}
