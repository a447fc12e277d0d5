/**
 * The app side of the chain: syncs districts from the Clever API (api.clever.com or the hub, over HTTP only)
 * into the app database, keyed on Clever ids, with archive and restore, matching, history and holds.
 */
package org.rosterbridge.sync;
