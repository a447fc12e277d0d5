package org.rosterbridge.hub;

import java.time.Instant;

/**
 * One upload the hub processed.
 *
 * @param snapshot its snapshot number
 * @param reason why it was held, rejected or discarded; empty otherwise
 * @param report its validation report as JSON ({@code valid}, {@code errors}, {@code warnings}, {@code files},
 *     {@code problems})
 * @param changes what it changes, as JSON counts by record type and action; {@code {}} when rejected
 */
public record Upload(
        int snapshot,
        UploadState state,
        Instant receivedAt,
        Instant decidedAt,
        long errors,
        long warnings,
        String reason,
        String report,
        String changes) {}
