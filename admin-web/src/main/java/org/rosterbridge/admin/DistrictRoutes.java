package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.rosterbridge.sync.SyncMode;

/** Districts: list, connect, detail, test connection, run a sync now, and the live progress JSON. */
final class DistrictRoutes implements Routes {

    private final Platform platform;
    private final Runs runs;
    private final MeCheck me = new MeCheck();

    DistrictRoutes(Platform platform) {
        this.platform = platform;
        this.runs = new Runs(platform.db().jdbi());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/districts", this::list);
        routes.get("/districts/new", ctx -> form(ctx, ConnectForm.blank()));
        routes.post("/districts", this::connect);
        routes.get("/districts/{id}", this::detail);
        routes.post("/districts/{id}/test", this::test);
        routes.post("/districts/{id}/sync", this::sync);
        routes.get("/api/districts/{id}/progress", this::progress);
    }

    private void list(Context ctx) {
        platform.views()
                .render(
                        ctx,
                        "districts.jte",
                        "Districts",
                        "districts",
                        Map.of("districts", platform.districts().all()));
    }

    private void form(Context ctx, ConnectForm form) {
        platform.views().render(ctx, "connect.jte", "Connect a district", "districts", Map.of("form", form));
    }

    private void connect(Context ctx) {
        ConnectForm.Result read = ConnectForm.read(ctx);
        if (read.connection().isEmpty()) {
            ctx.status(400);
            form(ctx, read.form());
            return;
        }
        long id = platform.districts()
                .connect(read.connection().get(), platform.clock().instant());
        Views.redirectWith(ctx, "/districts/" + id, "ok", "District connected. Test the connection, then sync.");
    }

    private void detail(Context ctx) {
        Districts.District district = district(ctx);
        platform.views()
                .render(
                        ctx,
                        "district.jte",
                        district.name().isEmpty() ? "District " + district.id() : district.name(),
                        "districts",
                        Platform.model(
                                "district",
                                district,
                                "runs",
                                runs.ofDistrict(district.cleverId(), 20),
                                "live",
                                platform.districtSync().progress(district.id()).isPresent()));
    }

    private void test(Context ctx) {
        Districts.District district = district(ctx);
        MeCheck.Answer answer = me.check(district, platform.districts().token(district.id()));
        if (answer.ok()) {
            platform.districts().learn(district.id(), answer.districtId());
        }
        Views.redirectWith(
                ctx, "/districts/" + district.id(), answer.ok() ? "ok" : "error", "Test: " + answer.message() + ".");
    }

    private void sync(Context ctx) {
        Districts.District district = district(ctx);
        String mode = java.util.Optional.ofNullable(ctx.formParam("mode")).orElse("auto");
        DistrictSync.Outcome outcome = platform.districtSync()
                .start(district.id(), mode.equals("full") ? SyncMode.FULL : SyncMode.AUTO, mode.equals("dry-run"));
        String text = outcome instanceof DistrictSync.Outcome.Busy
                ? "A sync of this district is already running."
                : "Sync started.";
        Views.redirectWith(ctx, "/districts/" + district.id(), "ok", text);
    }

    private void progress(Context ctx) {
        Districts.District district = district(ctx);
        String last = runs.ofDistrict(district.cleverId(), 1).stream()
                .map(Runs.Run::runId)
                .findFirst()
                .orElse("");
        ctx.json(platform.districtSync()
                .progress(district.id())
                .map(l -> new Progress(true, l.runId(), l.phase(), l.percent(), last))
                .orElse(new Progress(false, "", "", 0, last)));
    }

    private Districts.District district(Context ctx) {
        return platform.districts().find(Long.parseLong(ctx.pathParam("id"))).orElseThrow(NotFoundResponse::new);
    }

    /** The progress endpoint's JSON. */
    /**
     * The progress endpoint's JSON.
     *
     * @param lastRunId the district's latest finished run, so a page can tell that a run ended between polls
     */
    record Progress(boolean running, String runId, String phase, int percent, String lastRunId) {}
}
