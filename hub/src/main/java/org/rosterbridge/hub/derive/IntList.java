package org.rosterbridge.hub.derive;

import java.util.Arrays;

/** A growable list of ints, so that millions of enrollments cost four bytes each. Not thread-safe. */
final class IntList {
    private int[] values;
    private int size;

    IntList() {
        this(16);
    }

    IntList(int capacity) {
        values = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** Drops the contents and frees the memory. */
    void release() {
        values = new int[4];
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
