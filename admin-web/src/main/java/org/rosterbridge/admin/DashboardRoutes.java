package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The home page: the watchdog (districts without a successful sync in 24 h) and the latest runs. */
final class DashboardRoutes implements Routes {

    static final Duration WATCHDOG = Duration.ofHours(24);

    private final Platform platform;
    private final Runs runs;

    DashboardRoutes(Platform platform) {
        this.platform = platform;
        this.runs = new Runs(platform.db().jdbi());
    }

    /**
     * A district the watchdog lists.
     *
     * @param lastApplied when its latest applied run finished, {@code ""} if never
     */
    record Stale(long id, String label, String lastApplied) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        List<Districts.District> districts = platform.districts().all();
        platform.views()
                .render(
                        ctx,
                        "dashboard.jte",
                        "Dashboard",
                        "",
                        Platform.model("districts", districts, "stale", stale(districts), "runs", runs.recent(5)));
    }

    List<Stale> stale(List<Districts.District> districts) {
        Map<String, Instant> last = runs.lastApplied();
        Instant cutoff = platform.clock().instant().minus(WATCHDOG);
        return districts.stream()
                .filter(d -> !last.getOrDefault(d.cleverId(), Instant.MIN).isAfter(cutoff))
                .map(d -> new Stale(
                        d.id(),
                        Labels.district(d),
                        last.containsKey(d.cleverId()) ? Labels.time(last.get(d.cleverId())) : ""))
                .toList();
    }
}
