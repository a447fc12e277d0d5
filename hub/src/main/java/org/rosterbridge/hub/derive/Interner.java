package org.rosterbridge.hub.derive;

import java.util.ArrayList;

/**
 * Numbers distinct strings 0, 1, 2, ... in order of first appearance, with an open-addressing table so a
 * million SIS ids cost little more than the strings themselves. Not thread-safe.
 */
final class Interner {
    private String[] keys = new String[64];
    private int[] numbers = new int[64];
    private final ArrayList<String> byNumber = new ArrayList<>();
    private int released = -1;

    /** The number of {@code key}, numbering it if it is new. */
    int intern(String key) {
        int slot = slot(key);
        if (keys[slot] == null) {
            keys[slot] = key;
            numbers[slot] = byNumber.size();
            byNumber.add(key);
            if (byNumber.size() * 2 > keys.length) {
                grow();
            }
            return byNumber.size() - 1;
        }
        return numbers[slot];
    }

    /** The number of {@code key}, or -1 when it was never interned. */
    int find(String key) {
        int slot = slot(key);
        return keys[slot] == null ? -1 : numbers[slot];
    }

    /** Frees the keys and the table once only the count is needed; {@link #key} and lookups fail after. */
    void release() {
        released = byNumber.size();
        keys = new String[1];
        numbers = new int[1];
        byNumber.clear();
        byNumber.trimToSize();
    }

    String key(int number) {
        return byNumber.get(number);
    }

    int size() {
        return released >= 0 ? released : byNumber.size();
    }

    private int slot(String key) {
        int mask = keys.length - 1;
        int slot = mix(key.hashCode()) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new String[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
