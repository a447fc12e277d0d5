package org.rosterbridge.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * One row per district in {@code admin_sync_leases} while a sync runs: taken by compare-and-set (an update
 * that only matches an expired row, else an insert the primary key lets only one node win), renewed while
 * the run lives, deleted when it ends. A node that dies leaves a row that expires after {@link #TTL}.
 * The row also carries the run's progress, so any node can show it. Thread-safe.
 */
final class Leases {

    static final Duration TTL = Duration.ofMinutes(2);

    /** A lease's live state, as the progress endpoint shows it. */
    record Live(String runId, String phase, int percent) {}

    private final Jdbi jdbi;
    private final InstantSource clock;

    Leases(Jdbi jdbi, InstantSource clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Takes the district's lease for {@code holder}; false when a live lease belongs to someone else. */
    boolean acquire(long districtId, String holder) {
        Instant now = clock.instant();
        int taken = jdbi.withHandle(h -> h.createUpdate(
                        "update admin_sync_leases set holder = :h, run_id = '',"
                                + " phase = 'starting', percent = 0, expires_at = :e where district_id = :d and expires_at < :n")
                .bind("h", holder)
                .bind("e", now.plus(TTL).atOffset(ZoneOffset.UTC))
                .bind("d", districtId)
                .bind("n", now.atOffset(ZoneOffset.UTC))
                .execute());
        return taken == 1 || insert(districtId, holder, now);
    }

    /** Extends the lease and records progress; false when the lease was lost (expired and taken over). */
    boolean renew(long districtId, String holder, Live live) {
        return jdbi.withHandle(h -> h.createUpdate("update admin_sync_leases set run_id = :r, phase = :p, percent = :c,"
                                + " expires_at = :e where district_id = :d and holder = :h")
                        .bind("r", live.runId())
                        .bind("p", live.phase())
                        .bind("c", live.percent())
                        .bind("e", clock.instant().plus(TTL).atOffset(ZoneOffset.UTC))
                        .bind("d", districtId)
                        .bind("h", holder)
                        .execute())
                == 1;
    }

    void release(long districtId, String holder) {
        jdbi.useHandle(h -> h.createUpdate("delete from admin_sync_leases where district_id = :d and holder = :h")
                .bind("d", districtId)
                .bind("h", holder)
                .execute());
    }

    /** The district's running sync, if a live lease exists. */
    Optional<Live> live(long districtId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select run_id, phase, percent from admin_sync_leases where district_id = :d and expires_at >= :n")
                .bind("d", districtId)
                .bind("n", clock.instant().atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Live(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .findOne());
    }

    private boolean insert(long districtId, String holder, Instant now) {
        try {
            jdbi.useHandle(h -> h.createUpdate("insert into admin_sync_leases (district_id, holder, phase, expires_at)"
                            + " values (:d, :h, 'starting', :e)")
                    .bind("d", districtId)
                    .bind("h", holder)
                    .bind("e", now.plus(TTL).atOffset(ZoneOffset.UTC))
                    .execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            // The primary key refused it: another holder's row exists and has not expired.
            return false;
        }
    }
}
