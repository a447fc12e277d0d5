package org.rosterbridge.hub.ids;

import java.util.Arrays;

/**
 * A hash index over an id column: finds an id's index in one or two probes where a binary search over
 * millions of ids takes twenty-odd cache misses. For bulk resolution (rosters of millions of enrolments).
 * Immutable once built; it reads the column, which must not change.
 */
public final class IdLookup {
    private final IdColumn ids;
    private final int[] slots;

    private IdLookup(IdColumn ids, int[] slots) {
        this.ids = ids;
        this.slots = slots;
    }

    public static IdLookup of(IdColumn ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        for (int i = 0; i < ids.size(); i++) {
            int slot = mix(ids.high(i), ids.low(i)) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
        }
        return new IdLookup(ids, slots);
    }

    /** The index of id {@code (hi, lo)}, or -1. */
    public int find(long hi, int lo) {
        int mask = slots.length - 1;
        for (int slot = mix(hi, lo) & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
            int at = slots[slot];
            if (ids.high(at) == hi && ids.low(at) == lo) {
                return at;
            }
        }
        return -1;
    }

    // Ids are hash output already; folding the halves is enough.
    private static int mix(long hi, int lo) {
        return (int) (hi ^ (hi >>> 32)) ^ lo;
    }
}
