package org.rosterbridge.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run did, as stored in {@code sync_runs.report} and printed by the CLI.
 *
 * @param districtId the district's Clever id ({@code ""} when the run failed before learning it)
 * @param mode {@code FULL} or {@code EVENTS}: what the run actually did
 * @param counts per record type ({@code districts, schools, terms, courses, sections, users})
 * @param totals active records after the run ({@code schools, terms, courses, sections, students, teachers,
 *     staff, district_admins, contacts, enrollments})
 * @param reasons why the run was held or failed
 * @param warnings what the run noticed but did not stop for (an incomplete fetch, unresolved links)
 * @param reviews matches queued for a person to decide
 */
public record RunReport(
        String runId,
        String districtId,
        RunStatus status,
        SyncMode mode,
        ApiVersion apiVersion,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Counts> counts,
        Map<String, Long> totals,
        List<String> reasons,
        List<String> warnings,
        long reviews) {

    public RunReport {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    /** The report as one line of JSON: the CLI's {@code --format json} contract. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("run_id", runId)
                .put("district", districtId)
                .put("status", status.wire())
                .put("mode", mode.wire())
                .put("api_version", apiVersion.wire())
                .put("started_at", startedAt.toString())
                .put("finished_at", finishedAt.toString());
        ObjectNode byType = root.putObject("counts");
        counts.forEach((type, c) -> byType.putObject(type)
                .put("created", c.created())
                .put("updated", c.updated())
                .put("archived", c.archived())
                .put("restored", c.restored())
                .put("unchanged", c.unchanged())
                .put("linked", c.linked()));
        ObjectNode sums = root.putObject("totals");
        totals.forEach(sums::put);
        reasons.forEach(root.putArray("reasons")::add);
        warnings.forEach(root.putArray("warnings")::add);
        root.put("reviews", reviews);
        return root.toString();
    }

    /** The report for people, a few lines. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "run %s  district %s  %s  %s sync (%s)%n",
                runId, districtId, status.wire(), mode.wire(), apiVersion.wire()));
        counts.forEach((type, c) -> text.append(String.format(
                "  %-10s created %d  updated %d  archived %d  restored %d  unchanged %d  linked %d%n",
                type, c.created(), c.updated(), c.archived(), c.restored(), c.unchanged(), c.linked())));
        text.append("  totals   ");
        totals.forEach((k, v) -> text.append(' ').append(k).append(' ').append(v));
        text.append(System.lineSeparator());
        reasons.forEach(r -> text.append("  reason: ").append(r).append(System.lineSeparator()));
        warnings.forEach(w -> text.append("  warning: ").append(w).append(System.lineSeparator()));
        if (reviews > 0) {
            text.append("  ")
                    .append(reviews)
                    .append(" match(es) queued for review")
                    .append(System.lineSeparator());
        }
        return text.toString();
    }
}
