package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** The class editor tab of an event: the class list, Delete (one or ticked), Hide and Unhide. */
final class ClassEditorRoutes implements Routes {

    private final Platform platform;
    private final EventsFeature feature;

    ClassEditorRoutes(Platform platform, EventsFeature feature) {
        this.platform = platform;
        this.feature = feature;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/events/{id}/classes", this::page);
        routes.post("/events/{id}/classes/delete", this::deleteTicked);
        routes.post("/events/{id}/classes/{section}/delete", this::deleteOne);
        routes.post("/events/{id}/classes/{section}/hide", this::hide);
        routes.post("/events/{id}/classes/{section}/unhide", this::unhide);
    }

    private void page(Context ctx) {
        Event event = EventsRoutes.event(feature, ctx);
        boolean onlyClasses = "1".equals(ctx.queryParam("only"));
        List<EventClass> classes = feature.editor().classes(event.id());
        platform.views()
                .render(
                        ctx,
                        "eventClasses.jte",
                        event.name(),
                        "events",
                        Platform.model(
                                "event",
                                event,
                                "tab",
                                "classes",
                                "classes",
                                classes,
                                "onlyClasses",
                                onlyClasses,
                                "shown",
                                classes.stream()
                                        .filter(c -> c.state() == ClassState.SHOWN)
                                        .count(),
                                "on",
                                feature.sync().enabled(event.id())));
    }

    private static long section(Context ctx) {
        return ctx.pathParamAsClass("section", Long.class).get();
    }

    private static String back(Event event, Context ctx) {
        return "/events/" + event.id() + "/classes" + ("1".equals(ctx.formParam("only")) ? "?only=1" : "");
    }

    private void deleteTicked(Context ctx) {
        Event event = EventsRoutes.event(feature, ctx);
        Set<Long> ticked = EventsRoutes.ids(ctx.formParams("section"));
        int n = feature.editor().delete(event.id(), ticked, EventsRoutes.actor(ctx));
        Views.redirectWith(
                ctx,
                back(event, ctx),
                n > 0 ? "ok" : "error",
                n > 0
                        ? n
                                + " class(es) deleted from the event; they come back at the next sync (hide them to keep them out)."
                        : "Tick the classes to delete first.");
    }

    private void deleteOne(Context ctx) {
        Event event = EventsRoutes.event(feature, ctx);
        int n = feature.editor().delete(event.id(), List.of(section(ctx)), EventsRoutes.actor(ctx));
        Views.redirectWith(
                ctx,
                back(event, ctx),
                "ok",
                n > 0
                        ? "Class deleted from the event; it comes back at the next sync."
                        : "That class is not in the event.");
    }

    private void hide(Context ctx) {
        Event event = EventsRoutes.event(feature, ctx);
        boolean done = feature.editor().hide(event.id(), section(ctx), EventsRoutes.actor(ctx));
        Views.redirectWith(
                ctx,
                back(event, ctx),
                "ok",
                done
                        ? "Class hidden: it stays out of the event through every sync."
                        : "That class is not shown in the event.");
    }

    private void unhide(Context ctx) {
        Event event = EventsRoutes.event(feature, ctx);
        boolean done = feature.editor().unhide(event.id(), section(ctx), EventsRoutes.actor(ctx));
        Views.redirectWith(ctx, back(event, ctx), "ok", done ? "Class shown again." : "That class was not hidden.");
    }
}
