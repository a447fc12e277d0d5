/**
 * Clever's JSON wire contract and a client for it.
 *
 * <p>{@link org.rosterbridge.clever.api.CleverJson} encodes the clever-model records as the objects, single and
 * list envelopes, events and error bodies Clever serves in API v2.0, v2.1, v3.0 and v3.1 (streaming large
 * lists through {@link org.rosterbridge.clever.api.ListWriter}), and decodes them back tolerantly.
 * {@link org.rosterbridge.clever.api.CleverClient} fetches objects, paged lists and events from Clever or the
 * hub with bounded, rate-limit-aware retries, and reports whether a paged fetch was complete.
 */
package org.rosterbridge.clever.api;
