package org.rosterbridge.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads sync's run history ({@code sync_runs}, {@code sync_plan_items}; docs/app-schema.md) for the pages.
 * Read-only: approving and discarding go through {@link DistrictSync}. Thread-safe.
 */
final class Runs {

    /** One record type's counts in a run. */
    record TypeCounts(
            String type, long created, long updated, long archived, long restored, long unchanged, long linked) {
        long changes() {
            return created + updated + archived + restored + linked;
        }
    }

    /**
     * A run as the pages show it.
     *
     * @param district the connected district's name or id in the UI, {@code ""} when none matches
     * @param duration {@code ZERO} while unknown
     */
    record Run(
            String runId,
            String districtCleverId,
            long districtId,
            String district,
            String status,
            String mode,
            Instant startedAt,
            Duration duration,
            List<TypeCounts> counts,
            List<String> reasons,
            List<String> warnings) {

        Run {
            counts = List.copyOf(counts);
            reasons = List.copyOf(reasons);
            warnings = List.copyOf(warnings);
        }

        long changes() {
            return counts.stream().mapToLong(TypeCounts::changes).sum();
        }

        long sum(java.util.function.ToLongFunction<TypeCounts> field) {
            return counts.stream().mapToLong(field).sum();
        }
    }

    /** One action of a held plan: what would happen to which record (ids only). */
    record PlanItem(int seq, String action, String kind, String cleverId, long localId) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    // A district connected twice has one Clever id in two rows; a run belongs to the first one.
    private static final String SELECT =
            "select r.run_id, r.district_clever_id, coalesce(d.id, 0), coalesce(d.name, ''),"
                    + " r.status, r.mode, r.started_at, r.finished_at, r.report from sync_runs r"
                    + " left join (select clever_id, min(id) as id from admin_districts where clever_id <> ''"
                    + " group by clever_id) m on m.clever_id = r.district_clever_id"
                    + " left join admin_districts d on d.id = m.id";

    // Unchanged records are part of a held plan but not worth a person's review; payloads start with the action.
    private static final String CHANGES = " and payload not like '{\"action\":\"unchanged\"%'";

    private final Jdbi jdbi;

    Runs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<Run> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " order by r.started_at desc limit :l")
                .bind("l", limit)
                .map((rs, ctx) -> run(rs))
                .list());
    }

    List<Run> ofDistrict(String cleverId, int limit) {
        if (cleverId.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(
                h -> h.createQuery(SELECT + " where r.district_clever_id = :c order by r.started_at desc limit :l")
                        .bind("c", cleverId)
                        .bind("l", limit)
                        .map((rs, ctx) -> run(rs))
                        .list());
    }

    Optional<Run> find(String runId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.run_id = :r")
                .bind("r", runId)
                .map((rs, ctx) -> run(rs))
                .findOne());
    }

    List<PlanItem> plan(String runId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select seq, payload from sync_plan_items where run_id = :r" + CHANGES
                        + " order by seq limit :l")
                .bind("r", runId)
                .bind("l", limit)
                .map((rs, ctx) -> item(rs.getInt(1), rs.getString(2)))
                .list());
    }

    long planSize(String runId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from sync_plan_items where run_id = :r" + CHANGES)
                .bind("r", runId)
                .mapTo(Long.class)
                .one());
    }

    /** Per district Clever id, when its latest applied run finished. */
    Map<String, Instant> lastApplied() {
        Map<String, Instant> last = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("select district_clever_id, max(finished_at) from sync_runs"
                        + " where status = 'applied' group by district_clever_id")
                .map((rs, ctx) -> Map.entry(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .forEach(e -> last.put(e.getKey(), e.getValue())));
        return last;
    }

    private static Run run(ResultSet rs) throws SQLException {
        Instant started = rs.getObject(7, OffsetDateTime.class).toInstant();
        OffsetDateTime finished = rs.getObject(8, OffsetDateTime.class);
        JsonNode report = parse(rs.getString(9));
        return new Run(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                started,
                finished == null ? Duration.ZERO : Duration.between(started, finished.toInstant()),
                counts(report.path("counts")),
                texts(report.path("reasons")),
                texts(report.path("warnings")));
    }

    private static List<TypeCounts> counts(JsonNode counts) {
        List<TypeCounts> all = new ArrayList<>();
        counts.properties().forEach(e -> {
            JsonNode c = e.getValue();
            all.add(new TypeCounts(
                    e.getKey(),
                    c.path("created").asLong(),
                    c.path("updated").asLong(),
                    c.path("archived").asLong(),
                    c.path("restored").asLong(),
                    c.path("unchanged").asLong(),
                    c.path("linked").asLong()));
        });
        return all;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static PlanItem item(int seq, String payload) {
        JsonNode node = parse(payload);
        JsonNode row = node.has("after") ? node.path("after") : node.path("before");
        return new PlanItem(
                seq,
                node.path("action").asText(),
                row.path("kind").asText().toLowerCase(java.util.Locale.ROOT),
                row.path("id").asText(),
                node.path("local").asLong());
    }

    private static JsonNode parse(String json) {
        if (json.isEmpty()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
