package org.rosterbridge.admin;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.sync.ApiVersion;

/** The {@code admin_districts} table: connected districts with their encrypted tokens. Thread-safe. */
final class Districts {

    /**
     * A connected district as pages show it: never the token, only its last 4 characters.
     *
     * @param cleverId the district's Clever id once known ({@code /me} or a run), else {@code ""}
     */
    record District(
            long id,
            String name,
            URI apiUrl,
            ApiVersion apiVersion,
            ZoneId timeZone,
            String tokenLast4,
            String cleverId) {}

    /** What the connect form gives, validated. */
    record Connection(URI apiUrl, String token, ApiVersion apiVersion, ZoneId timeZone, String name) {
        @Override
        public String toString() {
            return "Connection[apiUrl=" + apiUrl + ", apiVersion=" + apiVersion.wire() + ", timeZone=" + timeZone + "]";
        }
    }

    private static final String COLUMNS = "id, name, api_url, api_version, time_zone, token_last4, clever_id";

    private final Jdbi jdbi;
    private final TokenCipher cipher;

    Districts(Jdbi jdbi, TokenCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    long connect(Connection c, Instant now) {
        String token = c.token();
        String last4 = token.substring(Math.max(0, token.length() - 4));
        return jdbi.withHandle(h -> h.createUpdate("insert into admin_districts (name, api_url, api_version, time_zone,"
                        + " token_cipher, token_last4, created_at) values (:n, :u, :v, :z, :c, :l, :t)")
                .bind("n", c.name())
                .bind("u", c.apiUrl().toString())
                .bind("v", c.apiVersion().wire())
                .bind("z", c.timeZone().getId())
                .bind("c", cipher.encrypt(token))
                .bind("l", last4)
                .bind("t", now.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /** Connects, or replaces the token, version and zone of the first district at the same API URL. */
    long connectOrUpdate(Connection c, Instant now) {
        Optional<District> existing =
                all().stream().filter(d -> d.apiUrl().equals(c.apiUrl())).findFirst();
        if (existing.isEmpty()) {
            return connect(c, now);
        }
        String token = c.token();
        jdbi.useHandle(h -> h.createUpdate("update admin_districts set api_version = :v, time_zone = :z,"
                        + " token_cipher = :c, token_last4 = :l where id = :id")
                .bind("v", c.apiVersion().wire())
                .bind("z", c.timeZone().getId())
                .bind("c", cipher.encrypt(token))
                .bind("l", token.substring(Math.max(0, token.length() - 4)))
                .bind("id", existing.get().id())
                .execute());
        return existing.get().id();
    }

    List<District> all() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from admin_districts order by id")
                .map((rs, ctx) -> district(rs))
                .list());
    }

    Optional<District> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from admin_districts where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> district(rs))
                .findOne());
    }

    /** The decrypted token, for the one request or run that calls the API with it. */
    String token(long id) {
        String sealed = jdbi.withHandle(h -> h.createQuery("select token_cipher from admin_districts where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .orElseThrow(() -> new AdminException("no district " + id)));
        return cipher.decrypt(sealed);
    }

    /**
     * Records the district's Clever id, learned from {@code /me} or a run, and its name from the synced
     * {@code districts} table once a run has filled it.
     */
    void learn(long id, String cleverId) {
        jdbi.useHandle(h -> h.createUpdate("update admin_districts set clever_id = :c, name = coalesce("
                        + "(select max(s.name) from districts s where s.clever_id = :c), name) where id = :id")
                .bind("c", cleverId)
                .bind("id", id)
                .execute());
    }

    /** The district's latest applied sync run that started at or after {@code since}, if any. */
    Optional<DistrictSync.Outcome.AlreadyApplied> appliedSince(long id, Instant since) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select r.run_id, r.started_at from sync_runs r join admin_districts a"
                                + " on a.clever_id = r.district_clever_id where a.id = :id and a.clever_id <> ''"
                                + " and r.status = 'applied' and r.started_at >= :since order by r.started_at desc")
                .bind("id", id)
                .bind("since", since.atOffset(ZoneOffset.UTC))
                .setMaxRows(1)
                .map((rs, ctx) -> new DistrictSync.Outcome.AlreadyApplied(
                        rs.getString(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .findFirst());
    }

    private static District district(ResultSet rs) throws SQLException {
        return new District(
                rs.getLong(1),
                rs.getString(2),
                URI.create(rs.getString(3)),
                ApiVersion.of(rs.getString(4)),
                ZoneId.of(rs.getString(5)),
                rs.getString(6),
                rs.getString(7));
    }
}
