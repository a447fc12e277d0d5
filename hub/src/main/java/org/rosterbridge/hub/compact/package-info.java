/**
 * Primitive lists and compressed one-to-many relations over record positions.
 *
 * <p>Why: an XL district has millions of users and enrolments. As boxed collections its rosters alone
 * would not fit the hub's one-gigabyte heap; as int arrays in compressed rows they cost four bytes per
 * link. Deriving an upload and serving a snapshot both need the same structure, so both use these.
 */
package org.rosterbridge.hub.compact;
