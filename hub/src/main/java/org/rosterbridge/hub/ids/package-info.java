/**
 * Clever ids: how they are made (a keyed hash of district, id space and SIS key) and how millions of them
 * are held (12-byte primitive columns and hash lookups instead of strings).
 *
 * <p>Why hashes: Clever promises that a record keeps its id while its SIS id stays, across uploads and
 * restarts, and gives a returning record its old id back. A pure function of the key keeps that promise
 * without an id table to store, migrate or lose, and keeps districts' ids apart.
 */
package org.rosterbridge.hub.ids;
