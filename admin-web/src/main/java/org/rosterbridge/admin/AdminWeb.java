package org.rosterbridge.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.util.List;
import org.rosterbridge.sync.ApiVersion;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncSettings;

/**
 * The admin web UI: districts, runs, events; login, sessions, CSRF. {@link #start(AdminSettings)} migrates the
 * app database (sync's tables, the scheduler's, the admin tables), starts the scheduler and serves the UI until
 * {@link Running#close()}. {@link #createUser} makes the first administrator without serving.
 *
 * <p>Security model: every page and JSON endpoint except {@code /login} and {@code /assets/*} needs a signed-in
 * session; every non-GET request needs the session's CSRF token. District tokens are encrypted at rest. See
 * docs/admin.md.
 */
public final class AdminWeb {

    private AdminWeb() {}

    /** Migrates the database and serves the UI on the configured host and port. */
    public static Running start(AdminSettings settings) {
        SyncEngine engine =
                SyncEngine.open(SyncSettings.defaults(settings.jdbcUrl()).withClock(settings.clock()));
        AdminDb db;
        try {
            db = AdminDb.open(settings.jdbcUrl());
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        Platform platform = Platform.create(settings, engine, db);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            routes(platform, config.routes);
        });
        try {
            app.start(settings.host(), settings.port());
            platform.scheduler().start();
        } catch (RuntimeException e) {
            app.stop();
            platform.close();
            throw new AdminException("cannot start the admin UI on port " + settings.port() + ": " + e.getMessage(), e);
        }
        return new Running(app, platform);
    }

    /**
     * Creates an administrator, or sets a new password for an existing one. Migrates the database first.
     *
     * @param password at least 12 characters; cleared by the caller after use
     */
    public static void createUser(AdminSettings settings, String user, char[] password) {
        // Opening the engine migrates sync's tables, which must come before the others on a fresh database.
        SyncEngine.open(SyncSettings.defaults(settings.jdbcUrl())).close();
        try (AdminDb db = AdminDb.open(settings.jdbcUrl())) {
            new AdminUsers(db.jdbi())
                    .createOrReset(user, password, settings.clock().instant());
        }
    }

    // Each feature registers its routes here, one line each. The guard comes first: it runs before every one.
    private static void routes(Platform p, RoutesConfig routes) {
        p.guard().register(routes);
        routes.get("/assets/{file}", AdminWeb::asset);
        List<Routes> features = List.of(
                new AuthRoutes(p.users(), p.sessions(), p.guard(), p.views()),
                new DashboardRoutes(p),
                new DistrictRoutes(p),
                new RunRoutes(p),
                EventsFeature.routes(p));
        features.forEach(f -> f.register(routes));
        Errors.register(routes, p.views());
    }

    private static void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z0-9-]+\\.(css|js)")) {
            throw new io.javalin.http.NotFoundResponse();
        }
        try (InputStream in = AdminWeb.class.getResourceAsStream("/admin-assets/" + file)) {
            if (in == null) {
                throw new io.javalin.http.NotFoundResponse();
            }
            ctx.contentType(file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            ctx.header("Cache-Control", "max-age=300");
            ctx.result(in.readAllBytes());
        }
    }

    static TemplateEngine templates() {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.rosterbridge.admin");
    }

    static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    /** A started admin UI with its scheduler. Closing stops both and the database pools. */
    public static final class Running implements AutoCloseable {
        private final Javalin app;
        private final Platform platform;
        private final java.util.concurrent.atomic.AtomicBoolean closed =
                new java.util.concurrent.atomic.AtomicBoolean();

        Running(Javalin app, Platform platform) {
            this.app = app;
            this.platform = platform;
        }

        public int port() {
            return app.port();
        }

        /** Creates an administrator or resets its password (the demo prints the one it makes). */
        public void createUser(String user, char[] password) {
            platform.users().createOrReset(user, password, platform.clock().instant());
        }

        /**
         * Connects a district as the connect form does, or gives a district already connected at the same API
         * URL this token, and learns its Clever id from {@code /me} when the API answers. Returns its id in
         * the UI ({@code /districts/{id}}).
         *
         * @param apiVersion {@code v2.0}, {@code v2.1}, {@code v3.0} or {@code v3.1}
         */
        public long connectDistrict(URI apiUrl, String token, String apiVersion, ZoneId timeZone) {
            Districts.Connection connection =
                    new Districts.Connection(apiUrl, token, ApiVersion.of(apiVersion), timeZone, "");
            long id = platform.districts()
                    .connectOrUpdate(connection, platform.clock().instant());
            Districts.District district = platform.districts().find(id).orElseThrow();
            MeCheck.Answer me = new MeCheck().check(district, token);
            if (me.ok()) {
                platform.districts().learn(id, me.districtId());
            }
            return id;
        }

        /** The platform, for this package's tests. */
        Platform platform() {
            return platform;
        }

        /** Whether any administrator exists (so {@code serve} can say how to create the first). */
        public boolean hasAdmins() {
            return platform.users().count() > 0;
        }

        /** Stops the server, the scheduler and the pools; a second call does nothing. */
        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                app.stop();
                platform.close();
            }
        }
    }
}
