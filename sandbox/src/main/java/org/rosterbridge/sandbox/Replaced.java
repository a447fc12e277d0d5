package org.rosterbridge.sandbox;

/** What became of a replaced snapshot. */
public enum Replaced {
    /** It is served now. */
    SERVED,
    /** It changes too much; the previous snapshot is still served. */
    HELD,
    /** It failed validation; the previous snapshot is still served. */
    REJECTED,
    /** The files were the ones already served. */
    UNCHANGED
}
