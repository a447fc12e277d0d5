package org.rosterbridge.hub.compact;

import java.util.Arrays;

/** A growable list of ints, so that millions of enrollments or ids' positions cost four bytes each. Not thread-safe. */
public final class IntList {
    private int[] values;
    private int size;

    public IntList() {
        this(16);
    }

    public IntList(int capacity) {
        values = new int[Math.max(capacity, 4)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    public int get(int index) {
        return values[index];
    }

    public int size() {
        return size;
    }

    /** Drops the contents and frees the memory. */
    public void release() {
        values = new int[4];
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
