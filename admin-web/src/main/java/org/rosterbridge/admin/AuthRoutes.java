package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Login and logout. A failed login never says whether the user or the password was wrong. */
final class AuthRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);

    private final AdminUsers users;
    private final Sessions sessions;
    private final Guard guard;
    private final Views views;

    AuthRoutes(AdminUsers users, Sessions sessions, Guard guard, Views views) {
        this.users = users;
        this.sessions = sessions;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/login", this::form);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    private void form(Context ctx) {
        if (Guard.current(ctx).isEmpty()) {
            sessions.sweep();
            guard.attach(ctx, sessions.anonymous());
        }
        views.render(ctx, "login.jte", "Sign in", "", Map.of());
    }

    private void login(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("user")).orElse("");
        char[] password =
                Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        Optional<AdminUsers.Admin> admin = users.authenticate(name, password);
        java.util.Arrays.fill(password, '\0');
        if (admin.isEmpty()) {
            // No user name in the log: a mistyped password pasted into the user field would land there.
            LOG.info("login refused from {}", ctx.ip());
            Views.redirectWith(ctx, "/login", "error", "Wrong user or password.");
            return;
        }
        String old = Guard.current(ctx).map(Session::id).orElse("");
        guard.attach(ctx, sessions.signIn(old, admin.get()));
        LOG.info("admin {} signed in", admin.get().id());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        guard.detach(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }
}
