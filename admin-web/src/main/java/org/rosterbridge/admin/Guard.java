package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The one before-filter every request passes: finds the session from the cookie, sends a visitor without
 * a signed-in session to {@code /login} (pages, 302) or answers 401 ({@code /api/**}), and refuses with 403
 * every non-GET request whose CSRF token (form field {@code _csrf} or header {@code X-CSRF-Token}) does
 * not match the session's. Only {@code /login} and {@code /assets/*} are open. Thread-safe.
 */
final class Guard {

    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "rosterbridge.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;
    private final boolean https;

    Guard(Sessions sessions, boolean https) {
        this.sessions = sessions;
        this.https = https;
    }

    void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    /** The request's session, anonymous or signed in, when it has one. */
    static Optional<Session> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The signed-in session of a request that passed the guard on a protected route. */
    static Session session(Context ctx) {
        return current(ctx).filter(s -> s.admin().isPresent()).orElseThrow(() -> new AdminException("no session"));
    }

    /** Sets the cookie for {@code session} and makes it the request's session. */
    void attach(Context ctx, Session session) {
        boolean secure = https || "https".equalsIgnoreCase(ctx.scheme());
        ctx.header(
                "Set-Cookie",
                Sessions.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
                        + (secure ? "; Secure" : ""));
        ctx.attribute(ATTRIBUTE, session);
    }

    void detach(Context ctx) {
        current(ctx).ifPresent(s -> sessions.drop(s.id()));
        ctx.header("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private void check(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/assets/")) {
            return;
        }
        Optional<Session> session =
                Optional.ofNullable(ctx.cookie(Sessions.COOKIE)).flatMap(sessions::find);
        session.ifPresent(s -> ctx.attribute(ATTRIBUTE, s));
        boolean open = path.equals("/login");
        if (!open && session.flatMap(Session::admin).isEmpty()) {
            refuse(ctx, path);
        } else if (!SAFE.contains(ctx.method()) && !csrfMatches(ctx, session)) {
            ctx.status(403).json(new ApiError("missing or wrong CSRF token"));
            ctx.skipRemainingHandlers();
        }
    }

    private static void refuse(Context ctx, String path) {
        if (path.startsWith("/api/")) {
            ctx.status(401).json(new ApiError("sign in first"));
        } else {
            ctx.redirect("/login");
        }
        ctx.skipRemainingHandlers();
    }

    private static boolean csrfMatches(Context ctx, Optional<Session> session) {
        String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formField(ctx));
        return session.map(s -> MessageDigest.isEqual(
                        s.csrf().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private static String formField(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
            return "";
        }
        return Optional.ofNullable(ctx.formParam(CSRF_FIELD)).orElse("");
    }

    /** The JSON body of every refusal. */
    record ApiError(String error) {}
}
