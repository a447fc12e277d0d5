/**
 * Deterministic synthetic districts in Clever CSV form, and their next snapshots. The entry point is
 * {@link org.rosterbridge.generator.DistrictGenerator}.
 *
 * <p>Every value is drawn from a {@link java.util.SplittableRandom} seeded by (district seed, stream,
 * record number), so a record can be regenerated anywhere without the others: a fresh district is written
 * school by school, from a plan of a few int arrays, and never holds more than a few schools' rows. A churn
 * step decides each record's fate by hashing its id with the step's seed, streams the snapshot through
 * {@code CleverCsv.read} once, and keeps only ids, small samples and the held records it drops
 * ({@value org.rosterbridge.generator.DistrictGenerator#HELD_FILE}).
 */
package org.rosterbridge.generator;
