package org.rosterbridge.clever.csv;

import java.util.Arrays;

/**
 * The ids of one kind seen so far, each numbered from 0 in the order first seen, with the line it was first
 * seen on. A {@code HashSet<String>} costs about 100 bytes an id; this keeps the characters in one byte
 * arena (one byte per ASCII character) plus about 24 bytes of arrays per id, which is what lets a district
 * of a million students be checked in a bounded heap.
 */
final class IdIndex {

    private static final int NONE = -1;

    private byte[] arena = new byte[1 << 12];
    private int arenaSize;
    private int[] starts = new int[64];
    private int[] hashes = new int[64];
    private long[] lines = new long[64];
    private int size;
    private int[] slots = newSlots(128);

    /** Adds {@code id}: its new number if it was not there, {@code ~number} (negative) if it was. */
    int add(String id, long line) {
        int hash = mix(id.hashCode());
        int slot = slotOf(id, hash);
        if (slots[slot] != NONE) {
            return ~slots[slot];
        }
        int index = append(id, hash, line);
        slots[slot] = index;
        if (size * 10 > slots.length * 7) {
            rehash();
        }
        return index;
    }

    /** The number of {@code id}, or -1 when it was never added. */
    int find(String id) {
        return slots[slotOf(id, mix(id.hashCode()))];
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
        while (slots[slot] != NONE && !matches(slots[slot], id, hash)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean matches(int index, String id, int hash) {
        if (hashes[index] != hash) {
            return false;
        }
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

    private int append(String id, int hash, long line) {
        if (size == starts.length) {
            int grown = size + (size >> 1);
            starts = Arrays.copyOf(starts, grown);
            hashes = Arrays.copyOf(hashes, grown);
            lines = Arrays.copyOf(lines, grown);
        }
        ensureArena(id.length() * 3);
        starts[size] = arenaSize;
        hashes[size] = hash;
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
        slots = newSlots(slots.length * 2);
        int mask = slots.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = hashes[index] & mask;
            while (slots[slot] != NONE) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
        }
    }

    private static int[] newSlots(int capacity) {
        int[] fresh = new int[capacity];
        Arrays.fill(fresh, NONE);
        return fresh;
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
