package org.rosterbridge.hub.store;

import java.util.Arrays;

/** A growable column of longs. Not thread-safe. */
final class LongColumn {
    private long[] values = new long[64];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void set(int index, long value) {
        values[index] = value;
    }

    long get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    long[] permuted(int[] order) {
        long[] result = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
