package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;

/**
 * The data browser, on a connected district's data ({@code /browse/{district}/...}, before any import) and on
 * what an event holds ({@code /events/{id}/browse/...}). URLs carry ids only: a search is posted.
 */
final class BrowseRoutes implements Routes {

    /** Where the pages of one scope live, and what they are called. */
    record Where(BrowseScope scope, String base, String title, long eventId) {}

    private final Platform platform;
    private final EventsFeature feature;

    BrowseRoutes(Platform platform, EventsFeature feature) {
        this.platform = platform;
        this.feature = feature;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/browse/{district}/terms", ctx -> terms(ctx, district(ctx)));
        routes.get("/browse/{district}/terms/{term}", ctx -> sections(ctx, district(ctx)));
        routes.post("/browse/{district}/terms/{term}", ctx -> sections(ctx, district(ctx)));
        routes.get("/browse/{district}/sections/{section}", ctx -> section(ctx, district(ctx)));
        routes.get("/browse/{district}/people/{role}", ctx -> people(ctx, district(ctx)));
        routes.post("/browse/{district}/people/{role}", ctx -> people(ctx, district(ctx)));
        routes.get("/events/{id}/browse/terms", ctx -> terms(ctx, event(ctx)));
        routes.get("/events/{id}/browse/terms/{term}", ctx -> sections(ctx, event(ctx)));
        routes.post("/events/{id}/browse/terms/{term}", ctx -> sections(ctx, event(ctx)));
        routes.get("/events/{id}/browse/sections/{section}", ctx -> section(ctx, event(ctx)));
        routes.get("/events/{id}/browse/people/{role}", ctx -> people(ctx, event(ctx)));
        routes.post("/events/{id}/browse/people/{role}", ctx -> people(ctx, event(ctx)));
    }

    private Where district(Context ctx) {
        long ref = ctx.pathParamAsClass("district", Long.class).get();
        Districts.District d =
                platform.districts().find(ref).orElseThrow(() -> new NotFoundResponse("no such district"));
        Optional<Long> data = feature.events().linkedDistrict(ref);
        if (data.isEmpty()) {
            throw new NotFoundResponse("district " + ref + " has no synced data yet: create an event or sync it first");
        }
        String name = d.name().isEmpty() ? "district " + ref : d.name();
        return new Where(new BrowseScope.District(data.get()), "/browse/" + ref, "Data browser · " + name, 0);
    }

    private Where event(Context ctx) {
        Event e = EventsRoutes.event(feature, ctx);
        return new Where(
                new BrowseScope.InEvent(e.districtId(), e.id()), "/events/" + e.id() + "/browse", e.name(), e.id());
    }

    private void terms(Context ctx, Where where) {
        render(
                ctx,
                where,
                "browseTerms.jte",
                Platform.model("terms", feature.browser().terms(where.scope())));
    }

    private void sections(Context ctx, Where where) {
        long term = ctx.pathParamAsClass("term", Long.class).get();
        String q = search(ctx);
        int page = page(ctx);
        render(
                ctx,
                where,
                "browseSections.jte",
                Platform.model(
                        "term", term, "q", q, "sections", feature.browser().sections(where.scope(), term, q, page)));
    }

    private void section(Context ctx, Where where) {
        long id = ctx.pathParamAsClass("section", Long.class).get();
        var section =
                feature.browser().section(where.scope(), id).orElseThrow(() -> new NotFoundResponse("no such section"));
        render(
                ctx,
                where,
                "browseSection.jte",
                Platform.model(
                        "section", section,
                        "students", feature.browser().members(where.scope(), id, PersonRole.STUDENT),
                        "teachers", feature.browser().members(where.scope(), id, PersonRole.TEACHER)));
    }

    private void people(Context ctx, Where where) {
        PersonRole role =
                PersonRole.fromPath(ctx.pathParam("role")).orElseThrow(() -> new NotFoundResponse("no such list"));
        String q = search(ctx);
        int page = page(ctx);
        render(
                ctx,
                where,
                "browsePeople.jte",
                Platform.model("role", role, "q", q, "people", feature.browser().people(where.scope(), role, q, page)));
    }

    // A search can be a name: it travels in a POST body, never in a URL (or a log line that records URLs).
    // Form parameters come from the body only, so a GET always shows the unfiltered list.
    private static String search(Context ctx) {
        return EventsRoutes.text(ctx.formParam("q")).strip();
    }

    private static int page(Context ctx) {
        String value = ctx.formParam("page") != null ? ctx.formParam("page") : ctx.queryParam("page");
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void render(Context ctx, Where where, String template, java.util.Map<String, Object> model) {
        model.put("where", where);
        model.put("tab", "browse");
        platform.views().render(ctx, template, where.title(), where.eventId() > 0 ? "events" : "districts", model);
    }
}
