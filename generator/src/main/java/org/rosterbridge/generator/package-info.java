/** Deterministic synthetic districts in Clever CSV form, and their next snapshots. */
package org.rosterbridge.generator;
