package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The safety brake: a plan (a full sync's, or an event burst's as a whole) that would archive or update too
 * large a share of any record type, or whose upstream returned far fewer records than are active here (empty or
 * truncated), is held instead of applied. The update share is not checked for the district record itself. Pure.
 */
final class Brake {

    private final double archivePercent;
    private final double updatePercent;

    Brake(double archivePercent, double updatePercent) {
        this.archivePercent = archivePercent;
        this.updatePercent = updatePercent;
    }

    /** Why the full-sync {@code plan} must be held; empty when it may be applied. */
    List<String> reasons(Plan plan, State before, Map<Kind, Long> fetched) {
        List<String> reasons = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long active = before.active(kind);
            if (active == 0) {
                continue;
            }
            long seen = fetched.getOrDefault(kind, 0L);
            if (share(active - seen, active) > archivePercent) {
                reasons.add(String.format(
                        "upstream returned %d %s but %d are active here: empty or truncated",
                        seen, kind.reportName(), active));
            }
        }
        Map<Kind, Long> active = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            active.put(kind, before.active(kind));
        }
        reasons.addAll(reasons(plan, active));
        return reasons;
    }

    /** Why {@code plan} (a full sync's or an event burst's) must be held, given the active records per kind. */
    List<String> reasons(Plan plan, Map<Kind, Long> activeByKind) {
        List<String> reasons = new ArrayList<>();
        Map<Kind, Counts> counts = plan.counts();
        for (Kind kind : Kind.values()) {
            long active = activeByKind.getOrDefault(kind, 0L);
            if (active == 0) {
                continue;
            }
            Counts c = counts.get(kind);
            if (share(c.archived(), active) > archivePercent) {
                reasons.add(String.format(
                        "would archive %d of %d %s (%.1f%% > %.1f%%)",
                        c.archived(), active, kind.reportName(), share(c.archived(), active), archivePercent));
            }
            // A district is one record: updating its name or contact would be "100 %" and hold every such run.
            if (kind != Kind.DISTRICT && share(c.updated(), active) > updatePercent) {
                reasons.add(String.format(
                        "would update %d of %d %s (%.1f%% > %.1f%%)",
                        c.updated(), active, kind.reportName(), share(c.updated(), active), updatePercent));
            }
        }
        return reasons;
    }

    private static double share(long part, long whole) {
        return 100.0 * part / whole;
    }
}
