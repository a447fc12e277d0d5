/**
 * The hub's HTTP face: Clever's Data API (v2.0, v2.1, v3.0, v3.1), Events and the admin endpoints.
 *
 * <p>Why it is built this way: an app under test must not be able to tell the hub from
 * {@code api.clever.com}, so envelopes, links, paging cursors, error bodies and rate-limit headers follow
 * Clever's contract to the letter, and every version is a view of one catalog rather than a copy of the
 * data. Routes only select: which records and in which order comes from the served
 * {@link org.rosterbridge.hub.store.Catalog}; the records themselves are read from the store page by page
 * and encoded as they stream out, so a 10,000-record page never sits in memory as JSON.
 */
package org.rosterbridge.hub.api;
