package org.rosterbridge.hub.ids;

import java.util.Arrays;
import org.rosterbridge.clever.CleverId;

/**
 * A growable column of Clever ids held as primitives (a long and an int per id, 12 bytes) instead of
 * objects, so that millions of ids cost tens of megabytes, not hundreds. Order is the order of the hex
 * text, i.e. unsigned byte order.
 *
 * <p>Not thread-safe while growing; safe to share once filled.
 */
public final class IdColumn {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private long[] high;
    private int[] low;
    private int size;

    public IdColumn(int capacity) {
        high = new long[Math.max(capacity, 4)];
        low = new int[Math.max(capacity, 4)];
    }

    public int size() {
        return size;
    }

    public void add(CleverId id) {
        add(high(id), low(id));
    }

    public void add(long hi, int lo) {
        if (size == high.length) {
            high = Arrays.copyOf(high, size * 2);
            low = Arrays.copyOf(low, size * 2);
        }
        high[size] = hi;
        low[size] = lo;
        size++;
    }

    public CleverId get(int index) {
        return of(high[index], low[index]);
    }

    public long high(int index) {
        return high[index];
    }

    public int low(int index) {
        return low[index];
    }

    /** Compares the ids at two indices. */
    public int compare(int a, int b) {
        return compare(high[a], low[a], high[b], low[b]);
    }

    /** Compares the id at {@code index} with {@code id}. */
    public int compareTo(int index, long hi, int lo) {
        return compare(high[index], low[index], hi, lo);
    }

    /**
     * The indices of this column in ascending id order, equal ids in index order. Sorts primitive keys
     * (the id's leading bits above its index) rather than indices through a comparator, which jumps
     * about the columns; ids are hashes, so only the rare ids sharing those leading bits need a second
     * look.
     */
    public int[] sortedOrder() {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(size - 1, 1));
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (((high[i] ^ Long.MIN_VALUE) >> bits) << bits) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        long mask = (1L << bits) - 1;
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & mask);
        }
        for (int from = 0, to; from < size; from = to) {
            to = from + 1;
            while (to < size && keys[to] >> bits == keys[from] >> bits) {
                to++;
            }
            if (to - from > 1) {
                int[] run = Arrays.copyOfRange(order, from, to);
                IndexSort.sort(run, (a, b) -> compare(a, b) != 0 ? compare(a, b) : Integer.compare(a, b));
                System.arraycopy(run, 0, order, from, run.length);
            }
        }
        return order;
    }

    /** A new column holding this column's ids in the given index order. */
    public IdColumn permuted(int[] order) {
        IdColumn sorted = new IdColumn(order.length);
        for (int index : order) {
            sorted.add(high[index], low[index]);
        }
        return sorted;
    }

    /**
     * For a column in ascending order: the first index whose id is not below {@code id}, {@code size()}
     * when there is none.
     */
    public int lowerBound(long hi, int lo) {
        int from = 0;
        int to = size;
        while (from < to) {
            int middle = (from + to) >>> 1;
            if (compareTo(middle, hi, lo) < 0) {
                from = middle + 1;
            } else {
                to = middle;
            }
        }
        return from;
    }

    /** For a column in ascending order: the index of {@code id}, or -1. */
    public int find(CleverId id) {
        return find(high(id), low(id));
    }

    /** For a column in ascending order: the index of the id {@code (hi, lo)}, or -1. */
    public int find(long hi, int lo) {
        int at = lowerBound(hi, lo);
        return at < size && high[at] == hi && low[at] == lo ? at : -1;
    }

    public static long high(CleverId id) {
        return hex(id.value(), 0, 16);
    }

    public static int low(CleverId id) {
        return (int) hex(id.value(), 16, 24);
    }

    public static CleverId of(long hi, int lo) {
        char[] text = new char[24];
        for (int i = 15; i >= 0; i--) {
            text[i] = DIGITS[(int) (hi & 0xf)];
            hi >>>= 4;
        }
        for (int i = 23; i >= 16; i--) {
            text[i] = DIGITS[lo & 0xf];
            lo >>>= 4;
        }
        return CleverId.of(new String(text));
    }

    // CleverId guarantees 24 lower-case hex digits.
    private static long hex(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            value = (value << 4) | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }

    public static int compare(long hi1, int lo1, long hi2, int lo2) {
        int order = Long.compareUnsigned(hi1, hi2);
        return order != 0 ? order : Integer.compareUnsigned(lo1, lo2);
    }
}
