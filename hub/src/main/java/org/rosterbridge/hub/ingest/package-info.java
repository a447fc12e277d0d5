/**
 * What happens to an upload: noticed after a quiet period, read and validated once, rejected whole on any
 * error, otherwise derived, diffed against the served snapshot, stored with its events, then published or
 * held.
 *
 * <p>Why one {@link org.rosterbridge.hub.ingest.Ingestor} on one thread: every change of the served
 * snapshot (an upload, an approval, a discard) must happen in order, and a bad upload must never replace
 * good data, so there is exactly one place where the served snapshot changes.
 */
package org.rosterbridge.hub.ingest;
