package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps failures to answers in one place: JSON under {@code /api/}, a page elsewhere. */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {}

    static void register(RoutesConfig routes, Views views) {
        routes.exception(AdminException.class, (e, ctx) -> answer(ctx, views, 400, e.getMessage()));
        routes.exception(NumberFormatException.class, (e, ctx) -> answer(ctx, views, 404, "Not found."));
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, views, 404, "Not found.");
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // Only the kind: a database error's message can carry the values it was bound with.
            LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getName());
            answer(ctx, views, 500, "Something went wrong; the server log has the details.");
        });
    }

    private static void answer(Context ctx, Views views, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new Guard.ApiError(message));
        } else {
            views.render(ctx, "error.jte", "Error " + status, "", Platform.model("message", message));
        }
    }
}
