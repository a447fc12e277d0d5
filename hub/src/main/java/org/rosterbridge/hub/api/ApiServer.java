package org.rosterbridge.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.InstantSource;
import java.util.function.Supplier;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.api.ApiVersion;
import org.rosterbridge.hub.HubException;
import org.rosterbridge.hub.store.Catalog;
import org.rosterbridge.hub.store.Kind;
import org.rosterbridge.hub.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's HTTP face: Clever's Data API and Events for v2.0, v2.1, v3.0 and v3.1 behind the district-app
 * token, the admin endpoints behind the admin token. Routes are plain lambdas; every refusal is an
 * {@link ApiException} turned into Clever's {@code {"message": …}} body in one place.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the server on {@code port} (0 for any free port).
     *
     * @param rateLimit requests per token per minute
     */
    public static ApiServer start(
            int port,
            String token,
            String adminToken,
            int rateLimit,
            InstantSource clock,
            Supplier<Catalog> catalog,
            SnapshotStore store,
            Admin admin) {
        Served served = new Served(catalog, store);
        RateLimiter limiter = new RateLimiter(rateLimit, clock);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> authorise(ctx, token, adminToken, limiter));
            for (ApiVersion version : ApiVersion.values()) {
                if (version.isV3()) {
                    new V3Routes(served, version).register(config.routes);
                } else {
                    new V2Routes(served, version).register(config.routes);
                }
                new EventRoutes(served, version).register(config.routes);
                config.routes.get("/" + version.path() + "/me", ctx -> me(ctx, version, served.catalog()));
            }
            config.routes.get("/me", ctx -> me(ctx, ApiVersion.V3_0, served.catalog()));
            new AdminRoutes(admin).register(config.routes);
            errors(config.routes);
        });
        try {
            app.start("0.0.0.0", port);
        } catch (RuntimeException e) {
            throw new HubException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    private static void authorise(Context ctx, String token, String adminToken, RateLimiter limiter) {
        String given = bearer(ctx);
        if (ctx.path().startsWith("/admin")) {
            if (!same(given, adminToken)) {
                throw ApiException.unauthorized();
            }
            return;
        }
        if (!same(given, token)) {
            throw ApiException.unauthorized();
        }
        RateLimiter.Outcome rate = limiter.request(token);
        ctx.header("X-RateLimit-Limit", String.valueOf(rate.limit()));
        ctx.header("X-RateLimit-Remaining", String.valueOf(rate.remaining()));
        ctx.header("X-RateLimit-Reset", String.valueOf(rate.resetEpochSeconds()));
        if (!rate.allowed()) {
            throw ApiException.tooManyRequests();
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "";
        }
        return header.substring(7).trim();
    }

    // Constant time, so a token cannot be guessed by timing.
    private static boolean same(String given, String expected) {
        return !given.isEmpty()
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void errors(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> message(ctx, e.status(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            message(ctx, 500, "Internal error");
        });
        // Javalin answers unknown paths in plain text; Clever clients expect the JSON body everywhere.
        routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                message(ctx, 404, "Resource not found");
            }
        });
    }

    private static void message(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode().put("message", message);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    /**
     * {@code /me} for the district-app token: the district. Clever describes a user for a user token; a hub
     * has only district tokens.
     */
    private static void me(Context ctx, ApiVersion version, Catalog catalog) {
        if (catalog.count(Kind.DISTRICT) == 0) {
            throw ApiException.notFound();
        }
        CleverId district = catalog.all(Kind.DISTRICT).wireId(0);
        String uri = "/" + version.path() + "/districts/" + district.value();
        ObjectNode body = JSON.createObjectNode().put("type", "district");
        body.putObject("data")
                .put("id", district.value())
                .put("district", district.value())
                .put("type", "district")
                .put("authorized_by", "district");
        var links = body.putArray("links");
        links.addObject().put("rel", "self").put("uri", "/me");
        links.addObject().put("rel", "canonical").put("uri", uri);
        links.addObject().put("rel", "district").put("uri", uri);
        ctx.contentType("application/json").result(body.toString());
    }

    @Override
    public void close() {
        app.stop();
    }
}
