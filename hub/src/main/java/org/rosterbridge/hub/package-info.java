/** A Clever-compatible district: SFTP and directory ingest, snapshots, stable Clever IDs, derived objects, the Data API and Events, holds. */
package org.rosterbridge.hub;
