package org.rosterbridge.hub.compact;

import java.util.Arrays;

/** A growable list of longs (versions, hashes, work-file offsets). Not thread-safe. */
public final class LongList {
    private long[] values = new long[64];
    private int size;

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 64);
        }
        values[size++] = value;
    }

    public void set(int index, long value) {
        values[index] = value;
    }

    public long get(int index) {
        return values[index];
    }

    public int size() {
        return size;
    }

    public long[] permuted(int[] order) {
        long[] result = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
