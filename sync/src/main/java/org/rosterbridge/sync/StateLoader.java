package org.rosterbridge.sync;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads what one district holds now into a {@link State}: every record with its links, keyed or not. */
final class StateLoader {

    private final Handle handle;

    StateLoader(Handle handle) {
        this.handle = handle;
    }

    /** The local id of the district with this Clever id, if it has been synced before. */
    Optional<Long> districtId(String cleverId) {
        return handle.createQuery("select id from districts where clever_id = :c")
                .bind("c", cleverId)
                .mapTo(Long.class)
                .findOne();
    }

    /** Districts the app had before Clever, the candidates a new Clever district may match. */
    State localDistricts() {
        return new State(records(Kind.DISTRICT, "x.clever_id is null", Optional.empty(), List.of()));
    }

    /** The district {@code districtId} and all it holds, plus the unkeyed districts. */
    State load(long districtId) {
        List<Stored> all = new ArrayList<>(
                records(Kind.DISTRICT, "(x.id = :d or x.clever_id is null)", Optional.of(districtId), List.of()));
        for (Kind kind : Kind.values()) {
            if (kind != Kind.DISTRICT) {
                all.addAll(records(kind, "x.district_id = :d", Optional.of(districtId), List.of()));
            }
        }
        return new State(all);
    }

    /**
     * Only the records with these Clever ids (an event page), with their links, and the unkeyed ones of their
     * kinds to match, from {@code unkeyed} (read once per run).
     */
    State loadSome(long districtId, Map<Kind, List<String>> cleverIds, Unkeyed unkeyed) {
        List<Stored> all = new ArrayList<>(records(Kind.DISTRICT, "x.id = :d", Optional.of(districtId), List.of()));
        forChunks(
                cleverIds,
                (kind, chunk) -> all.addAll(records(
                        kind, "x.district_id = :d and x.clever_id in (<ids>)", Optional.of(districtId), chunk)));
        withUnkeyed(all, districtId, cleverIds, unkeyed);
        return new State(all);
    }

    /**
     * Like {@link #loadSome}, but of the keyed records only what decides a plan's counts: local id, archived and
     * fingerprint, no values and no links. What the brake measures an event burst with; never applied.
     */
    State marks(long districtId, Map<Kind, List<String>> cleverIds, Unkeyed unkeyed) {
        List<Stored> all = new ArrayList<>(marks(Kind.DISTRICT, "id = :d", districtId, List.of()));
        forChunks(
                cleverIds,
                (kind, chunk) ->
                        all.addAll(marks(kind, "district_id = :d and clever_id in (<ids>)", districtId, chunk)));
        withUnkeyed(all, districtId, cleverIds, unkeyed);
        return new State(all);
    }

    /** The district's records of {@code kind} without a Clever id, with their links. */
    List<Stored> unkeyed(long districtId, Kind kind) {
        return records(kind, "x.district_id = :d and x.clever_id is null", Optional.of(districtId), List.of());
    }

    private void withUnkeyed(List<Stored> all, long districtId, Map<Kind, List<String>> cleverIds, Unkeyed unkeyed) {
        for (Map.Entry<Kind, List<String>> e : cleverIds.entrySet()) {
            if (e.getKey() != Kind.DISTRICT && !e.getValue().isEmpty()) {
                all.addAll(unkeyed.of(this, districtId, e.getKey()));
            }
        }
    }

    private static void forChunks(Map<Kind, List<String>> cleverIds, BiConsumer<Kind, List<String>> chunk) {
        for (Map.Entry<Kind, List<String>> e : cleverIds.entrySet()) {
            if (e.getKey() == Kind.DISTRICT) {
                continue;
            }
            List<String> ids = e.getValue().stream().distinct().toList();
            for (int i = 0; i < ids.size(); i += 500) {
                chunk.accept(e.getKey(), ids.subList(i, Math.min(ids.size(), i + 500)));
            }
        }
    }

    private List<Stored> marks(Kind kind, String where, long districtId, List<String> ids) {
        List<String> blank = kind.columns().stream().map(c -> "").toList();
        String sql = "select id, clever_id, archived_at, fingerprint from " + kind.table() + " where " + where;
        return query(sql, Optional.of(districtId), ids)
                .map((rs, ctx) -> new Stored(
                        rs.getLong("id"),
                        rs.getObject("archived_at") != null,
                        rs.getString("fingerprint"),
                        new Row(
                                kind,
                                Optional.ofNullable(rs.getString("clever_id")).orElse(""),
                                blank,
                                List.of()),
                        List.of()))
                .list();
    }

    /** Active synced records of the district per kind, what the brake measures a plan against. */
    Map<Kind, Long> active(long districtId) {
        Map<Kind, Long> active = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String where = kind == Kind.DISTRICT ? "id = :d" : "district_id = :d";
            active.put(
                    kind,
                    handle.createQuery("select count(*) from " + kind.table() + " where " + where
                                    + " and clever_id is not null and archived_at is null")
                            .bind("d", districtId)
                            .mapTo(Long.class)
                            .one());
        }
        return active;
    }

    private List<Stored> records(Kind kind, String where, Optional<Long> districtId, List<String> ids) {
        Map<Long, List<Link>> links = new HashMap<>();
        Map<Long, List<Long>> students = new HashMap<>();
        for (LinkType type : LinkType.of(kind)) {
            readLinks(type, where, districtId, ids, links, students);
        }
        String sql = "select x.id, x.clever_id, x.archived_at, x.fingerprint, " + columns(kind) + " from "
                + kind.table() + " x where " + where;
        return query(sql, districtId, ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    String cleverId =
                            Optional.ofNullable(rs.getString("clever_id")).orElse("");
                    List<String> values = new ArrayList<>();
                    for (Column c : kind.columns()) {
                        values.add(
                                c.type() == Column.Type.REF
                                        ? Optional.ofNullable(rs.getString("ref_" + c.name()))
                                                .orElse("")
                                        : Values.read(rs, c.name(), c));
                    }
                    Row row = new Row(kind, cleverId, values, links.getOrDefault(id, List.of()));
                    return new Stored(
                            id,
                            rs.getObject("archived_at") != null,
                            rs.getString("fingerprint"),
                            row,
                            students.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static String columns(Kind kind) {
        return kind.columns().stream()
                .map(c -> c.type() == Column.Type.REF
                        ? "(select r.clever_id from " + c.target().orElseThrow().table() + " r where r.id = x."
                                + c.name() + ") as ref_" + c.name()
                        : "x." + c.name())
                .collect(Collectors.joining(", "));
    }

    private Query query(String sql, Optional<Long> districtId, List<String> ids) {
        Query query = handle.createQuery(sql);
        districtId.ifPresent(d -> query.bind("d", d.longValue()));
        if (!ids.isEmpty()) {
            query.bindList("ids", ids);
        }
        return query;
    }

    private void readLinks(
            LinkType type,
            String where,
            Optional<Long> districtId,
            List<String> ids,
            Map<Long, List<Link>> links,
            Map<Long, List<Long>> students) {
        String key = type.target().map(t -> "t.clever_id").orElse("l." + type.keyColumn());
        String join = type.target()
                .map(t -> " left join " + t.table() + " t on t.id = l." + type.keyColumn())
                .orElse("");
        String attrs = type.attributes().stream().map(c -> ", l." + c.name()).collect(Collectors.joining());
        String sql = "select l." + type.ownerColumn() + " as owner, " + key + " as link_key, "
                + type.target().map(t -> "l." + type.keyColumn()).orElse("0") + " as target_id" + attrs + " from "
                + type.table() + " l join " + type.owner().table() + " x on x.id = l."
                + type.ownerColumn() + join + " where " + where;
        query(sql, districtId, ids)
                .map((rs, ctx) -> {
                    List<String> values = new ArrayList<>();
                    for (Column c : type.attributes()) {
                        values.add(Values.read(rs, c.name(), c));
                    }
                    String linkKey =
                            Optional.ofNullable(rs.getString("link_key")).orElse("");
                    return new LinkRow(rs.getLong("owner"), rs.getLong("target_id"), linkKey, values);
                })
                .forEach(r -> {
                    if (type == LinkType.CONTACT_STUDENT) {
                        students.computeIfAbsent(r.owner, o -> new ArrayList<>())
                                .add(r.target);
                    }
                    // A link to a record the app had before Clever has no Clever key; only its local id counts.
                    if (!r.key.isEmpty()) {
                        links.computeIfAbsent(r.owner, o -> new ArrayList<>()).add(new Link(type, r.key, r.values));
                    }
                });
    }

    private record LinkRow(long owner, long target, String key, List<String> values) {}
}
