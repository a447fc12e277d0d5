package org.rosterbridge.admin;

import java.time.Instant;

/**
 * One rule of the override ledger: who did what to which class of which event, and when.
 *
 * @param action {@code delete}, {@code hide} or {@code unhide}
 * @param inForce whether the rule still applies (a delete ends at the next sync, a hide when unhidden)
 * @param endedBy who or what ended the rule ({@code sync} for a lapsed delete), {@code ""} while in force
 */
record LedgerEntry(
        long id,
        long eventId,
        long sectionId,
        String sectionCleverId,
        String action,
        String actor,
        Instant createdAt,
        boolean inForce,
        String endedBy) {}
