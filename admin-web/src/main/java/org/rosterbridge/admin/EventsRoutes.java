package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rosterbridge.scheduler.RunNowResult;
import org.rosterbridge.scheduler.RunRecord;
import org.rosterbridge.sync.SyncMode;

/**
 * The events pages: the event list with "Stop Sync For All Events", creating an event (which runs its initial
 * import), the class editor and the sync page of one event. Every form posts and redirects with a flash;
 * confirmations are pages of their own, opened as a {@code <dialog>} when scripts run.
 */
final class EventsRoutes implements Routes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    /** A line of the event list. */
    record EventLine(
            long id, String name, String district, long classes, long students, boolean syncOn, String nextRun) {}

    /** A choice in a form: value, label, whether it is ticked. */
    record Choice(long id, String label, boolean checked) {}

    private final EventsFeature feature;
    private final Platform platform;

    EventsRoutes(Platform platform, EventsFeature feature) {
        this.platform = platform;
        this.feature = feature;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/events", this::list);
        routes.get("/events/new", this::newForm);
        routes.post("/events/new/sync", this::syncFirst);
        routes.post("/events", this::create);
        routes.get("/events/stop-all", this::stopAllPage);
        routes.post("/events/stop-all", this::stopAll);
        routes.get("/events/{id}", ctx -> ctx.redirect("/events/" + eventId(ctx) + "/classes"));
        new ClassEditorRoutes(platform, feature).register(routes);
        routes.get("/events/{id}/sync", this::syncPage);
        routes.post("/events/{id}/sync-now", this::syncNow);
        routes.get("/events/{id}/stop", this::stopPage);
        routes.post("/events/{id}/stop", this::stop);
        routes.post("/events/{id}/resume", this::resume);
        routes.post("/events/{id}/cron", this::cron);
    }

    static long eventId(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    static Event event(EventsFeature feature, Context ctx) {
        return feature.events().event(eventId(ctx)).orElseThrow(() -> new NotFoundResponse("no such event"));
    }

    static String actor(Context ctx) {
        return Guard.session(ctx).signedIn().name();
    }

    private void list(Context ctx) {
        List<EventLine> lines =
                feature.events().events().stream().map(this::line).toList();
        List<EventLine> enabled = lines.stream().filter(EventLine::syncOn).toList();
        platform.views()
                .render(
                        ctx,
                        "eventList.jte",
                        "Events",
                        "events",
                        Platform.model(
                                "events",
                                lines,
                                "enabled",
                                enabled,
                                "districts",
                                platform.districts().all()));
    }

    private EventLine line(Event e) {
        String district = platform.districts()
                .find(e.districtRef())
                .map(Districts.District::name)
                .orElse("");
        return new EventLine(
                e.id(),
                e.name(),
                district.isEmpty() ? "district " + e.districtRef() : district,
                feature.count("select count(*) from event_sections where hidden = false and event_id = ", e.id()),
                feature.count("select count(*) from event_students where event_id = ", e.id()),
                feature.sync().enabled(e.id()),
                feature.nextRun(e).map(at -> when(at, e.zone())).orElse("—"));
    }

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    private void newForm(Context ctx) {
        List<Districts.District> districts = platform.districts().all();
        long ref = ctx.queryParamAsClass("district", Long.class)
                .getOrDefault(districts.isEmpty() ? 0L : districts.get(0).id());
        var linked = feature.events().linkedDistrict(ref);
        List<Choice> schools = linked.map(d -> feature.schoolChoices(d)).orElse(List.of());
        List<Choice> terms = linked.map(d -> feature.termChoices(d)).orElse(List.of());
        platform.views()
                .render(
                        ctx,
                        "eventNew.jte",
                        "New event",
                        "events",
                        Platform.model(
                                "districts",
                                districts,
                                "district",
                                ref,
                                "synced",
                                linked.isPresent(),
                                "lastProblem",
                                linked.isEmpty() ? feature.lastSyncProblem(ref) : "",
                                "importing",
                                linked.isEmpty()
                                        && platform.districtSync().progress(ref).isPresent(),
                                "schools",
                                schools,
                                "terms",
                                terms,
                                "problems",
                                List.of()));
    }

    /**
     * "Sync the district's data": starts the district's first sync in the background (the platform's lease, so
     * one run at a time) and shows the form page, which follows the import with the progress bar until the
     * schools and terms are there.
     */
    private void syncFirst(Context ctx) {
        long ref = ctx.formParamAsClass("district", Long.class).get();
        String back = "/events/new?district=" + ref;
        if (feature.events().linkedDistrict(ref).isPresent()) {
            Views.redirectWith(ctx, back, "ok", "District data synced: pick schools and terms.");
            return;
        }
        try {
            DistrictSync.Outcome outcome = platform.districtSync().start(ref, SyncMode.AUTO, false);
            String text = outcome instanceof DistrictSync.Outcome.Busy
                    ? "A sync of this district is already running: importing its data."
                    : "Importing the district's data.";
            Views.redirectWith(ctx, back, "ok", text);
        } catch (AdminException e) {
            Views.redirectWith(ctx, back, "error", e.getMessage());
        }
    }

    private void create(Context ctx) {
        long ref = ctx.formParamAsClass("district", Long.class).get();
        ZoneId zone =
                platform.districts().find(ref).map(Districts.District::timeZone).orElse(ZoneId.of("UTC"));
        NewEvent request = new NewEvent(
                ref,
                text(ctx.formParam("name")),
                ids(ctx.formParams("school")),
                ids(ctx.formParams("term")),
                ctx.formParam("parents") != null,
                zone,
                actor(ctx));
        EventCreation result = feature.events().create(request);
        if (result instanceof EventCreation.Created created) {
            feature.sync().declare(created.event());
            Views.redirectWith(
                    ctx,
                    "/events/" + created.event().id() + "/classes",
                    "ok",
                    "Event created and imported; nightly sync at 1 AM " + zone.getId() + ".");
        } else if (result instanceof EventCreation.Rejected rejected) {
            long district = feature.events().ensureDistrictData(ref);
            ctx.status(422);
            platform.views()
                    .render(
                            ctx,
                            "eventNew.jte",
                            "New event",
                            "events",
                            Platform.model(
                                    "districts",
                                    platform.districts().all(),
                                    "district",
                                    ref,
                                    "synced",
                                    true,
                                    "importing",
                                    false,
                                    "lastProblem",
                                    "",
                                    "schools",
                                    feature.schoolChoices(district),
                                    "terms",
                                    feature.termChoices(district),
                                    "problems",
                                    rejected.problems()));
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        for (String v : values) {
            try {
                ids.add(Long.parseLong(v));
            } catch (NumberFormatException e) {
                // A value that is not an id cannot name a school, term or class: it is left out.
            }
        }
        return ids;
    }

    private void syncPage(Context ctx) {
        Event event = event(feature, ctx);
        List<RunRecord> runs = feature.history(event.id());
        platform.views()
                .render(
                        ctx,
                        "eventSync.jte",
                        event.name(),
                        "events",
                        Platform.model(
                                "event", event,
                                "tab", "sync",
                                "on", feature.sync().enabled(event.id()),
                                "cron", feature.sync().cron(event.id()),
                                "nextRun",
                                        feature.nextRun(event)
                                                .map(at -> when(at, event.zone()))
                                                .orElse("—"),
                                "runs", runs,
                                "ledger", feature.editor().ledger(event.id()),
                                "zone", event.zone()));
    }

    private void syncNow(Context ctx) {
        Event event = event(feature, ctx);
        RunNowResult result = feature.sync().syncNow(event.id());
        String text = result == RunNowResult.QUEUED
                ? "Sync queued: it starts within seconds."
                : "A sync of this event is running already.";
        Views.redirectWith(
                ctx, "/events/" + event.id() + "/sync", result == RunNowResult.QUEUED ? "ok" : "error", text);
    }

    private void stopPage(Context ctx) {
        Event event = event(feature, ctx);
        platform.views()
                .render(
                        ctx,
                        "eventStop.jte",
                        "Stop sync for " + event.name(),
                        "events",
                        Platform.model("event", event));
    }

    private void stop(Context ctx) {
        Event event = event(feature, ctx);
        boolean stopped = feature.sync().stop(event.id());
        Views.redirectWith(
                ctx,
                "/events/" + event.id() + "/sync",
                "ok",
                stopped ? "Nightly sync stopped for this event." : "Nightly sync was already stopped.");
    }

    private void resume(Context ctx) {
        Event event = event(feature, ctx);
        feature.sync().resume(event.id());
        Views.redirectWith(ctx, "/events/" + event.id() + "/sync", "ok", "Nightly sync resumed.");
    }

    private void cron(Context ctx) {
        Event event = event(feature, ctx);
        var problem = feature.sync().changeCron(event, text(ctx.formParam("cron")));
        Views.redirectWith(
                ctx,
                "/events/" + event.id() + "/sync",
                problem.isEmpty() ? "ok" : "error",
                problem.orElse("Schedule saved."));
    }

    private void stopAllPage(Context ctx) {
        List<EventLine> enabled = new ArrayList<>();
        feature.sync().syncEnabledEvents().forEach(e -> enabled.add(line(e)));
        platform.views()
                .render(
                        ctx,
                        "eventStopAll.jte",
                        "Stop sync for all events",
                        "events",
                        Platform.model("enabled", enabled));
    }

    private void stopAll(Context ctx) {
        List<Long> stopped = feature.sync().stopAll();
        Views.redirectWith(ctx, "/events", "ok", "Nightly sync stopped for " + stopped.size() + " event(s).");
    }
}
