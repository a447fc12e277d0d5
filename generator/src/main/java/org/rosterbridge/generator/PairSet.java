package org.rosterbridge.generator;

/**
 * The (student, section) pairs a churn step has written, as 64-bit hashes in an open-addressed table of
 * longs: 8 bytes a pair rather than two strings, so even an XL district's 8.8 million enrolments fit in
 * about 130 MB. Two pairs sharing a 64-bit hash would only cost one enrolment, at odds of about one in
 * a million for XL.
 */
final class PairSet {

    private long[] table = new long[1 << 16];
    private int size;

    /** Adds the pair; false if it was already there. */
    boolean add(String student, String section) {
        if (2L * (size + 1) > table.length) {
            grow();
        }
        return insert(table, hash(student, section));
    }

    boolean contains(String student, String section) {
        long key = hash(student, section);
        int mask = table.length - 1;
        for (int slot = (int) key & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if (table[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private boolean insert(long[] into, long key) {
        int mask = into.length - 1;
        int slot = (int) key & mask;
        while (into[slot] != 0) {
            if (into[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        into[slot] = key;
        if (into == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        long[] grown = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                insert(grown, key);
            }
        }
        table = grown;
    }

    /** Never 0, which marks an empty slot. */
    private static long hash(String student, String section) {
        long hash = Mix.scramble(Mix.fnv(student) ^ Long.rotateLeft(Mix.fnv(section), 29));
        return hash == 0 ? 1 : hash;
    }
}
