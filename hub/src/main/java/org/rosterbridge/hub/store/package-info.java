/**
 * The hub's persistent state and its in-memory view: snapshots, record versions packed in id order,
 * catalogs, events, holds.
 *
 * <p>Why versions and catalogs: a snapshot that changes one percent of a district should cost one percent
 * to store, a held snapshot must sit beside the served one without disturbing it, and events must be able
 * to show a record's old and new state. So records are stored once per version with a content hash, a
 * snapshot is a catalog (ids, versions, hashes and relations as primitive arrays, a few dozen bytes per
 * record), and records are read back by version only when a page is served.
 */
package org.rosterbridge.hub.store;
