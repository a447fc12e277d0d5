package org.rosterbridge.hub.store;

import java.time.Instant;

/**
 * One upload as the hub recorded it.
 *
 * @param seq the snapshot number, ascending with arrival
 * @param receivedAt when processing started
 * @param decidedAt when it was published, held, rejected or discarded (= received while building)
 * @param fingerprint what the upload's files looked like (names, sizes, modification times)
 * @param report the validation report as JSON
 * @param changes the change counts as JSON ({@code {}} when rejected)
 * @param reason why it was held, rejected or discarded; empty otherwise
 */
public record SnapshotInfo(
        int seq,
        SnapshotState state,
        Instant receivedAt,
        Instant decidedAt,
        String fingerprint,
        long errors,
        long warnings,
        String report,
        String changes,
        String reason) {}
