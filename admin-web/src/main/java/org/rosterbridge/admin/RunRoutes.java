package org.rosterbridge.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/** Runs: history with the chart, one run's report and held plan, approve, discard, CSV download. */
final class RunRoutes implements Routes {

    static final int PLAN_SHOWN = 200;

    private final Platform platform;
    private final Runs runs;

    RunRoutes(Platform platform) {
        this.platform = platform;
        this.runs = new Runs(platform.db().jdbi());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/runs", this::list);
        routes.get("/runs/{run}", this::detail);
        routes.get("/runs/{run}/report.csv", this::csv);
        routes.post("/runs/{run}/approve", this::approve);
        routes.post("/runs/{run}/discard", this::discard);
    }

    private void list(Context ctx) {
        List<Runs.Run> recent = runs.recent(100);
        List<Runs.Run> charted = recent.subList(0, Math.min(30, recent.size()));
        platform.views()
                .render(ctx, "runs.jte", "Runs", "runs", Platform.model("runs", recent, "chart", Chart.svg(charted)));
    }

    private void detail(Context ctx) {
        Runs.Run run = run(ctx);
        boolean held = run.status().equals("held");
        platform.views()
                .render(
                        ctx,
                        "run.jte",
                        "Run " + run.runId(),
                        "runs",
                        Platform.model(
                                "run",
                                run,
                                "plan",
                                held ? runs.plan(run.runId(), PLAN_SHOWN) : List.of(),
                                "planSize",
                                held ? runs.planSize(run.runId()) : 0L));
    }

    private void csv(Context ctx) {
        Runs.Run run = run(ctx);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + run.runId() + ".csv\"");
        ctx.result(ReportCsv.of(run));
    }

    private void approve(Context ctx) {
        Runs.Run run = run(ctx);
        if (run.districtId() == 0) {
            throw new AdminException("run " + run.runId() + " belongs to no connected district");
        }
        DistrictSync.Outcome outcome = platform.districtSync().approve(run.districtId(), run.runId());
        if (outcome instanceof DistrictSync.Outcome.Ran ran) {
            boolean applied = ran.report().status().wire().equals("applied");
            String text = applied
                    ? "Approved: the held plan was applied."
                    : "Not applied: " + String.join("; ", ran.report().reasons());
            Views.redirectWith(ctx, "/runs/" + run.runId(), applied ? "ok" : "error", text);
        } else {
            Views.redirectWith(
                    ctx, "/runs/" + run.runId(), "error", "A sync of this district is running; approve it afterwards.");
        }
    }

    private void discard(Context ctx) {
        Runs.Run run = run(ctx);
        boolean discarded = platform.districtSync().discard(run.runId());
        Views.redirectWith(
                ctx,
                "/runs/" + run.runId(),
                discarded ? "ok" : "error",
                discarded ? "Discarded: the plan was dropped." : "Only a held run can be discarded.");
    }

    private Runs.Run run(Context ctx) {
        return runs.find(ctx.pathParam("run")).orElseThrow(NotFoundResponse::new);
    }
}
