package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The home page: connected districts and the watchdog (districts without a successful sync in 24 h). */
final class DashboardRoutes implements Routes {

    private final Platform platform;

    DashboardRoutes(Platform platform) {
        this.platform = platform;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        platform.views()
                .render(
                        ctx,
                        "dashboard.jte",
                        "Dashboard",
                        "",
                        Platform.model("districts", platform.districts().all()));
    }
}
