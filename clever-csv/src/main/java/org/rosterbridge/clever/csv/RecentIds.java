package org.rosterbridge.clever.csv;

/**
 * Remembers recent lookups in one {@link IdIndex}. Files are usually sorted, so nearby rows repeat their
 * School_id, Student_id or the few sections of one school; a hit costs an {@code equals} on a string already
 * in cache, where a miss probes the index, which at district scale is several cache misses. Only for an
 * index that no longer changes: every reference points at a file read before.
 */
final class RecentIds {

    private static final int SIZE = 1024;

    private final IdIndex ids;
    private final String[] keys = new String[SIZE];
    private final int[] numbers = new int[SIZE];
    private String lastKey = "";
    private int lastNumber = -1;

    RecentIds(IdIndex ids) {
        this.ids = ids;
    }

    /** As {@link IdIndex#find}. */
    int find(String id) {
        // The same id as the row before (a School_id, mostly) needs not even a hash code.
        if (id.equals(lastKey)) {
            return lastNumber;
        }
        int slot = id.hashCode() & (SIZE - 1);
        int number;
        if (id.equals(keys[slot])) {
            number = numbers[slot];
        } else {
            number = ids.find(id);
            keys[slot] = id;
            numbers[slot] = number;
        }
        lastKey = id;
        lastNumber = number;
        return number;
    }
}
