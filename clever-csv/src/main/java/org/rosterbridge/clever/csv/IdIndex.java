package org.rosterbridge.clever.csv;

import java.util.Arrays;

/**
 * The ids of one kind seen so far, each numbered from 0 in the order first seen, with the line it was first
 * seen on. A {@code HashSet<String>} costs about 100 bytes an id; this keeps the characters in one byte
 * arena (one byte per ASCII character) plus about 30 bytes of arrays per id, which is what lets a district
 * of a million students be checked in a bounded heap.
 */
final class IdIndex {

    private static final long FREE = 0L;

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] starts = new int[64];
    private long[] lines = new long[64];
    private int size;
    // Each slot holds the id's hash in its high half and its number + 1 in its low half (0 = free), so a
    // probe rejects most other ids without touching a second array: at district scale every array access
    // is a cache miss, and this lookup runs three times per enrollment.
    private long[] slots = new long[128];

    /** Adds {@code id}: its new number if it was not there, {@code ~number} (negative) if it was. */
    int add(String id, long line) {
        int hash = mix(id.hashCode());
        int slot = slotOf(id, hash);
        if (slots[slot] != FREE) {
            return ~number(slots[slot]);
        }
        int index = append(id, line);
        slots[slot] = packed(hash, index);
        if (size * 10 > slots.length * 7) {
            rehash();
        }
        return index;
    }

    /** The number of {@code id}, or -1 when it was never added. */
    int find(String id) {
        long found = slots[slotOf(id, mix(id.hashCode()))];
        return found == FREE ? -1 : number(found);
    }

    /** The line {@code index} was first seen on. */
    long line(int index) {
        return lines[index];
    }

    int size() {
        return size;
    }

    private int slotOf(String id, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != FREE && !matches(slots[slot], id, hash)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean matches(long slot, String id, int hash) {
        if ((int) (slot >>> 32) != hash) {
            return false;
        }
        int index = number(slot);
        int at = starts[index];
        int end = index + 1 < size ? starts[index + 1] : arenaSize;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x80) {
                if (at >= end || arena[at++] != (byte) c) {
                    return false;
                }
            } else if (at + 3 > end || !sameWide(at, c)) {
                return false;
            } else {
                at += 3;
            }
        }
        return at == end;
    }

    private boolean sameWide(int at, char c) {
        return arena[at] == (byte) 0x80 && arena[at + 1] == (byte) (c >>> 8) && arena[at + 2] == (byte) c;
    }

    private int append(String id, long line) {
        if (size == starts.length) {
            int grown = size + (size >> 1);
            starts = Arrays.copyOf(starts, grown);
            lines = Arrays.copyOf(lines, grown);
        }
        ensureArena(id.length() * 3);
        starts[size] = arenaSize;
        lines[size] = line;
        for (int i = 0; i < id.length(); i++) {
            putChar(id.charAt(i));
        }
        return size++;
    }

    // ASCII takes one byte; anything else a 0x80 marker (never a first byte of ASCII) and two bytes.
    private void putChar(char c) {
        if (c < 0x80) {
            arena[arenaSize++] = (byte) c;
        } else {
            arena[arenaSize++] = (byte) 0x80;
            arena[arenaSize++] = (byte) (c >>> 8);
            arena[arenaSize++] = (byte) c;
        }
    }

    private void ensureArena(int extra) {
        if (arenaSize + extra > arena.length) {
            long grown = Math.max(arena.length + (long) (arena.length >> 1), (long) arenaSize + extra);
            if (grown > Integer.MAX_VALUE - 8) {
                throw new CleverCsvException("too many ids to index: " + size);
            }
            arena = Arrays.copyOf(arena, (int) grown);
        }
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != FREE) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    private static long packed(int hash, int index) {
        return ((long) hash << 32) | (index + 1L);
    }

    private static int number(long slot) {
        return (int) slot - 1;
    }

    // String.hashCode clusters on sequential ids such as S000123; spread it before masking.
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
