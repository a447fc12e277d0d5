package org.rosterbridge.sync;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.rosterbridge.clever.District;

/**
 * Syncs districts from the Clever Data API into the app database. One instance per app database; each
 * {@link #run} syncs one district (one token) and returns, stores and never throws for, its report.
 *
 * <p>A full sync seeds the event cursor first, fetches every collection, proves the fetch complete, plans
 * (create, update, archive, restore, link, unchanged per record), runs the safety brake, then applies the
 * plan in one transaction: a killed run leaves the district as it was or fully applied. An incomplete
 * fetch never archives. An event sync applies events in order, one transaction and cursor save per page,
 * and falls back to a full sync when the cursor is gone. See docs/sync.md.
 */
public final class SyncEngine implements AutoCloseable {

    private final SyncSettings settings;
    private final AppDatabase database;
    private final Matcher matcher;
    private final Brake brake;

    private SyncEngine(SyncSettings settings, AppDatabase database) {
        this.settings = settings;
        this.database = database;
        this.matcher = new Matcher(settings.userMatchKeys());
        this.brake = new Brake(settings.archiveLimitPercent(), settings.updateLimitPercent());
    }

    /** Opens (and migrates) the app database named in {@code settings}. */
    public static SyncEngine open(SyncSettings settings) {
        return new SyncEngine(settings, AppDatabase.open(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword()));
    }

    /** Runs one sync against the Clever API at {@code request.api()}. */
    public RunReport run(SyncRequest request) {
        return run(request, () -> ClientUpstream.open(request, settings.pageSize()));
    }

    /**
     * Runs one sync like {@link #run(SyncRequest)} and tells {@code progress} where it is. The listener is
     * called on the running thread and must be quick; an exception it throws fails the run.
     */
    public RunReport run(SyncRequest request, java.util.function.Consumer<SyncProgress> progress) {
        return run(request, () -> ClientUpstream.open(request, settings.pageSize()), progress);
    }

    /**
     * Drops a held run's plan and marks the run {@code discarded}, so it can no longer be approved.
     *
     * @return whether {@code runId} was a held run
     */
    public boolean discard(String runId) {
        return database.jdbi().inTransaction(h -> {
            int marked = h.createUpdate(
                            "update sync_runs set status = 'discarded' where run_id = :r and status = 'held'")
                    .bind("r", runId)
                    .execute();
            if (marked > 0) {
                new RunStore(h).dropPlan(runId);
            }
            return marked > 0;
        });
    }

    /** Loads a CSV of records the app had before Clever (see docs/app-schema.md), to be matched later. */
    public int importLocal(java.nio.file.Path csv) {
        return database.jdbi()
                .inTransaction(h -> new LocalImport(h, settings.clock().instant()).load(csv));
    }

    RunReport run(SyncRequest request, UpstreamFactory upstreams) {
        return run(request, upstreams, p -> {});
    }

    RunReport run(SyncRequest request, UpstreamFactory upstreams, java.util.function.Consumer<SyncProgress> progress) {
        Run run = new Run(request, newRunId());
        run.progress = progress;
        try {
            if (!request.approveRunId().isEmpty()) {
                return approve(run);
            }
            Upstream upstream = upstreams.open();
            District district = upstream.district();
            run.districtId = district.id().value();
            Optional<RunStore.SyncState> state = database.jdbi().withHandle(h -> new RunStore(h).state(run.districtId));
            if (usesEvents(request, state)) {
                try {
                    return events(run, upstream, state.orElseThrow().cursor());
                } catch (CursorGoneException e) {
                    run.warnings.add(e.getMessage() + "; ran a full sync instead");
                }
            }
            return full(run, upstream);
        } catch (RuntimeException e) {
            run.reasons.add(message(e));
            return finish(run, RunStatus.FAILED, SyncMode.FULL, 0, "");
        }
    }

    private boolean usesEvents(SyncRequest request, Optional<RunStore.SyncState> state) {
        // An empty cursor is a real one: upstream had no events when the last full sync seeded it.
        boolean hasCursor = state.filter(s -> s.lastFullSync().isPresent()
                        && s.apiVersion().equals(request.version().wire()))
                .isPresent();
        if (request.mode() == SyncMode.EVENTS) {
            return hasCursor;
        }
        if (request.mode() == SyncMode.FULL || !hasCursor) {
            return false;
        }
        Instant due = state.get()
                .lastFullSync()
                .map(t -> t.plus(settings.fullSyncEvery()))
                .orElse(Instant.MIN);
        return settings.clock().instant().isBefore(due);
    }

    private RunReport full(Run run, Upstream upstream) {
        run.report("fetching", 0, 0, 5);
        String seed = upstream.newestEventId();
        Fetched fetch = fetchRows(upstream);
        run.report("planning", fetch.rows().size(), fetch.rows().size(), 60);
        run.warnings.addAll(fetch.report().problems());
        if (!fetch.report().isComplete()) {
            run.warnings.add("fetch incomplete: nothing archived this run");
        }
        return database.jdbi().inTransaction(h -> {
            StateLoader loader = new StateLoader(h);
            long districtLocal = districtLocalId(loader, Flatten.row(upstream.district()));
            State state = districtLocal == 0 ? loader.localDistricts() : loader.load(districtLocal);
            Planner planner = new Planner(state, matcher);
            Map<Kind, Long> fetched = feed(planner, fetch.rows());
            if (fetch.report().isComplete()) {
                for (Kind kind : Kind.values()) {
                    if (kind != Kind.DISTRICT) {
                        planner.deleteUnseen(kind);
                    }
                }
            }
            Plan plan = planner.plan();
            run.add(plan);
            run.reasons.addAll(brake.reasons(plan, state, fetched));
            return decide(h, run, plan, districtLocal, seed, fetch.report().isComplete());
        });
    }

    private RunReport decide(Handle h, Run run, Plan plan, long districtLocal, String seed, boolean complete) {
        if (run.request.dryRun()) {
            return finish(h, run, RunStatus.DRY_RUN, SyncMode.FULL, districtLocal, seed);
        }
        if (!run.reasons.isEmpty()) {
            RunReport report = finish(h, run, RunStatus.HELD, SyncMode.FULL, districtLocal, seed);
            new RunStore(h).savePlan(run.id, plan);
            return report;
        }
        run.report("applying", 0, plan.actions().size(), 80);
        Applier applier = new Applier(
                h, settings.clock().instant(), run.id, run.request.version().wire());
        long applied = applier.apply(plan, districtLocal);
        if (complete) {
            applier.markAllSeen();
        }
        noteUnresolved(run, applier);
        new RunStore(h)
                .saveFullSync(
                        run.districtId,
                        run.request.version(),
                        seed,
                        settings.clock().instant(),
                        run.id);
        return finish(h, run, RunStatus.APPLIED, SyncMode.FULL, applied, seed);
    }

    private RunReport events(Run run, Upstream upstream, String cursor) {
        // The burst is read to its end before anything is applied, so the brake judges it whole.
        List<Upstream.EventPage> pages = new ArrayList<>();
        Upstream.FeedEnd end = upstream.events(cursor, pages::add);
        if (!end.complete()) {
            run.warnings.add(
                    "event feed broke off: " + end.problem() + "; the next run continues from the last page applied");
        }
        if (end.skipped() > 0) {
            run.warnings.add(end.skipped() + " event(s) unreadable or of unsynced types were skipped");
        }
        Unkeyed unkeyed = new Unkeyed();
        boolean single = pages.size() == 1 && !run.request.dryRun();
        if (!run.request.dryRun()) {
            Optional<RunReport> held = database.jdbi()
                    .inTransaction(h ->
                            single ? holdOrApply(h, run, pages.get(0), unkeyed) : holdBurst(h, run, pages, unkeyed));
            if (held.isPresent()) {
                return held.get();
            }
        }
        if (!single) {
            pages.forEach(page -> database.jdbi().useTransaction(h -> applyPage(h, run, page, unkeyed)));
        }
        long districtLocal = database.jdbi()
                .withHandle(h -> new StateLoader(h).districtId(run.districtId))
                .orElse(0L);
        RunStatus status = run.request.dryRun() ? RunStatus.DRY_RUN : RunStatus.APPLIED;
        return database.jdbi().inTransaction(h -> finish(h, run, status, SyncMode.EVENTS, districtLocal, ""));
    }

    /**
     * Holds the burst, plan kept and cursor where it was, when its net effect trips the brake. The burst is
     * measured on the marks of the records it names (archived, fingerprint), which decide the counts exactly;
     * only a held burst is planned in full, for {@code --approve}.
     */
    private Optional<RunReport> holdBurst(Handle h, Run run, List<Upstream.EventPage> pages, Unkeyed unkeyed) {
        StateLoader loader = new StateLoader(h);
        Optional<Long> districtLocal = loader.districtId(run.districtId);
        List<Upstream.Event> events =
                pages.stream().flatMap(p -> p.events().stream()).toList();
        if (districtLocal.isEmpty() || events.isEmpty()) {
            return Optional.empty();
        }
        EventRows rows = EventRows.of(events);
        Plan measure = plan(loader.marks(districtLocal.get(), rows.ids(), unkeyed), rows);
        List<String> reasons = brake.reasons(measure, loader.active(districtLocal.get()));
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Plan plan = plan(loader.loadSome(districtLocal.get(), rows.ids(), unkeyed), rows);
        String last = pages.get(pages.size() - 1).lastId();
        return Optional.of(hold(h, run, plan, reasons, districtLocal.get(), last));
    }

    private RunReport hold(Handle h, Run run, Plan plan, List<String> reasons, long districtLocal, String last) {
        run.add(plan);
        run.reasons.addAll(reasons);
        RunReport report = finish(h, run, RunStatus.HELD, SyncMode.EVENTS, districtLocal, last);
        new RunStore(h).savePlan(run.id, plan);
        return report;
    }

    /**
     * A burst of one page (the usual case: a page holds up to {@code sync.page-size} events) is planned once, judged
     * by the brake and, unless held, applied with its cursor, all in one transaction.
     */
    private Optional<RunReport> holdOrApply(Handle h, Run run, Upstream.EventPage page, Unkeyed unkeyed) {
        StateLoader loader = new StateLoader(h);
        Optional<Long> districtLocal = loader.districtId(run.districtId);
        if (districtLocal.isEmpty() || page.events().isEmpty()) {
            applyPage(h, run, page, unkeyed);
            return Optional.empty();
        }
        EventRows rows = EventRows.of(page.events());
        Plan plan = plan(loader.loadSome(districtLocal.get(), rows.ids(), unkeyed), rows);
        List<String> reasons = brake.reasons(plan, loader.active(districtLocal.get()));
        if (!reasons.isEmpty()) {
            return Optional.of(hold(h, run, plan, reasons, districtLocal.get(), page.lastId()));
        }
        applyPlan(h, run, page, districtLocal.get(), plan, unkeyed);
        return Optional.empty();
    }

    private void applyPage(Handle h, Run run, Upstream.EventPage page, Unkeyed unkeyed) {
        StateLoader loader = new StateLoader(h);
        long districtLocal =
                loader.districtId(run.districtId).orElseThrow(() -> new CursorGoneException(page.lastId()));
        EventRows rows = EventRows.of(page.events());
        applyPlan(
                h, run, page, districtLocal, plan(loader.loadSome(districtLocal, rows.ids(), unkeyed), rows), unkeyed);
    }

    private void applyPlan(Handle h, Run run, Upstream.EventPage page, long districtLocal, Plan plan, Unkeyed unkeyed) {
        run.eventsRead += page.events().size();
        run.report("events", run.eventsRead, 0, 50);
        String last = page.lastId();
        run.add(plan);
        if (!run.request.dryRun()) {
            Applier applier = new Applier(
                    h, settings.clock().instant(), run.id, run.request.version().wire());
            applier.applyPage(plan, districtLocal);
            noteUnresolved(run, applier);
            if (!last.isEmpty()) {
                new RunStore(h).saveCursor(run.districtId, run.request.version(), last);
            }
            // Read again only after the page's transaction commits; a failing page fails the run anyway.
            h.afterCommit(() -> unkeyed.applied(plan));
        }
    }

    private Plan plan(State state, EventRows rows) {
        Planner planner = new Planner(state, matcher);
        for (int i = 0; i < rows.rows().size(); i++) {
            Row row = rows.rows().get(i);
            if (rows.deleted().get(i)) {
                planner.delete(row.kind(), row.cleverId());
            } else {
                planner.upsert(row);
            }
        }
        return planner.plan();
    }

    /** Events as rows, in order, with the Clever ids (and legacy ids) they name per kind. */
    private record EventRows(List<Row> rows, List<Boolean> deleted, Map<Kind, List<String>> ids) {
        static EventRows of(List<Upstream.Event> events) {
            Map<Kind, List<String>> ids = new EnumMap<>(Kind.class);
            List<Row> rows = new ArrayList<>();
            List<Boolean> deleted = new ArrayList<>();
            for (Upstream.Event e : events) {
                Row row = Flatten.row(e.object());
                rows.add(row);
                deleted.add(e.deleted());
                ids.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.cleverId());
                ids.get(row.kind()).addAll(row.legacyIds());
            }
            return new EventRows(rows, deleted, ids);
        }
    }

    private RunReport approve(Run run) {
        return database.jdbi().inTransaction(h -> {
            RunStore store = new RunStore(h);
            RunStore.HeldRun held = store.held(run.request.approveRunId())
                    .orElseThrow(() -> new SyncException("no held run " + run.request.approveRunId()));
            run.districtId = held.districtCleverId();
            if (store.appliedSince(held.districtCleverId(), run.request.approveRunId())) {
                throw new SyncException(
                        "run " + run.request.approveRunId() + " is stale: a later run was applied; sync again");
            }
            Run approved =
                    new Run(run.request.withVersion(ApiVersion.of(held.apiVersion())), run.request.approveRunId());
            approved.districtId = held.districtCleverId();
            approved.startedAt = held.startedAt();
            approved.add(held.plan());
            long districtLocal =
                    new StateLoader(h).districtId(held.districtCleverId()).orElse(0L);
            Applier applier = new Applier(h, settings.clock().instant(), approved.id, held.apiVersion());
            long applied = applier.apply(held.plan(), districtLocal);
            store.dropPlan(approved.id);
            // A held event burst moves the cursor past the burst; a held full sync counts as the full sync.
            boolean events = held.mode().equals(SyncMode.EVENTS.wire());
            if (events) {
                store.saveCursor(held.districtCleverId(), approved.request.version(), held.seed());
            } else {
                store.saveFullSync(
                        held.districtCleverId(),
                        approved.request.version(),
                        held.seed(),
                        settings.clock().instant(),
                        approved.id);
            }
            approved.warnings.add("approved by request");
            SyncMode mode = events ? SyncMode.EVENTS : SyncMode.FULL;
            return finish(h, approved, RunStatus.APPLIED, mode, applied, held.seed());
        });
    }

    private long districtLocalId(StateLoader loader, Row district) {
        Optional<Long> known = loader.districtId(district.cleverId());
        if (known.isPresent()) {
            return known.get();
        }
        MatchResult match = matcher.match(district, loader.localDistricts().unkeyed(Kind.DISTRICT));
        return match instanceof MatchResult.Linked linked ? linked.record().localId() : 0;
    }

    // The fetched records become rows here and are dropped on return: only the rows are kept while planning.
    private static Fetched fetchRows(Upstream upstream) {
        Upstream.FullFetch fetch = upstream.fetchAll();
        List<Row> rows = new ArrayList<>(fetch.records().size());
        fetch.records().forEach(r -> rows.add(Flatten.row(r)));
        // Students before contacts, so a contact can be matched within its students' household.
        rows.sort(Comparator.comparing((Row r) -> r.kind().ordinal())
                .thenComparing(
                        r -> r.kind() == Kind.USER && Matcher.primaryRole(r).equals("contact")));
        return new Fetched(rows, fetch.report());
    }

    private static Map<Kind, Long> feed(Planner planner, List<Row> rows) {
        Map<Kind, Long> fetched = new EnumMap<>(Kind.class);
        for (Row row : rows) {
            planner.upsert(row);
            fetched.merge(row.kind(), 1L, Long::sum);
        }
        return fetched;
    }

    private record Fetched(List<Row> rows, FetchReport report) {}

    private void noteUnresolved(Run run, Applier applier) {
        if (applier.unresolvedLinks() > 0) {
            run.warnings.add(applier.unresolvedLinks() + " link(s) to records upstream did not send were skipped");
        }
    }

    private RunReport finish(Run run, RunStatus status, SyncMode mode, long districtLocal, String seed) {
        return database.jdbi().inTransaction(h -> finish(h, run, status, mode, districtLocal, seed));
    }

    private RunReport finish(Handle h, Run run, RunStatus status, SyncMode mode, long districtLocal, String seed) {
        Map<String, Long> totals = districtLocal == 0 ? Map.of() : Totals.of(h, districtLocal);
        RunReport report = new RunReport(
                run.id,
                run.districtId,
                status,
                mode,
                run.request.version(),
                run.startedAt,
                settings.clock().instant(),
                run.counts(),
                totals,
                run.reasons,
                run.warnings,
                run.reviews);
        if (status != RunStatus.DRY_RUN) {
            new RunStore(h).saveRun(report, seed);
        }
        run.report("done", 0, 0, 100);
        return report;
    }

    private String newRunId() {
        return "run-" + settings.clock().instant().toEpochMilli() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    // Messages of our own are built from ids and statuses only, never a token; a database error's text can
    // carry bound values (names, e-mails), so only its kind and SQL state are reported.
    private static String message(RuntimeException e) {
        if (e instanceof JdbiException) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String state = cause instanceof SQLException sql ? " SQL state " + sql.getSQLState() : "";
            return "database error: " + cause.getClass().getSimpleName() + state;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The app database's Jdbi, for tests that watch what a run reads. */
    org.jdbi.v3.core.Jdbi jdbi() {
        return database.jdbi();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Opens the upstream for a run; a seam so tests can hand one in. */
    interface UpstreamFactory {
        Upstream open();
    }

    /** A run in progress: what it has counted and noticed so far. */
    private final class Run {
        final SyncRequest request;
        final String id;
        Instant startedAt = settings.clock().instant();
        String districtId = "";
        final Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
        final List<String> reasons = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        long reviews;
        long eventsRead;
        java.util.function.Consumer<SyncProgress> progress = p -> {};

        Run(SyncRequest request, String id) {
            this.request = request;
            this.id = id;
        }

        void report(String phase, long done, long total, int percent) {
            progress.accept(new SyncProgress(id, phase, done, total, percent));
        }

        void add(Plan plan) {
            plan.counts().forEach((k, c) -> counts.merge(k, c, Counts::plus));
            reviews += plan.reviews().size();
        }

        Map<String, Counts> counts() {
            Map<String, Counts> named = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                named.put(kind.reportName(), counts.getOrDefault(kind, Counts.ZERO));
            }
            return named;
        }
    }
}
