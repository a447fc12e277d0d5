package org.rosterbridge.hub.derive;

import org.rosterbridge.clever.CleverId;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * Numbers distinct Clever ids in order of first appearance. Used for contacts, whose natural keys are long
 * (student, name, e-mail, phone) but whose ids are 12 bytes. Not thread-safe.
 */
final class IdInterner {
    private final IdColumn ids = new IdColumn(64);
    private int[] slots = filled(128);

    /** The number of {@code id}, numbering it if new. */
    int intern(CleverId id) {
        long hi = IdColumn.high(id);
        int lo = IdColumn.low(id);
        int slot = slot(hi, lo);
        if (slots[slot] >= 0) {
            return slots[slot];
        }
        slots[slot] = ids.size();
        ids.add(hi, lo);
        if (ids.size() * 2 > slots.length) {
            grow();
        }
        return ids.size() - 1;
    }

    IdColumn ids() {
        return ids;
    }

    int size() {
        return ids.size();
    }

    private int slot(long hi, int lo) {
        int mask = slots.length - 1;
        int slot = (int) (hi ^ (hi >>> 32) ^ lo) & mask;
        while (slots[slot] >= 0 && (ids.high(slots[slot]) != hi || ids.low(slots[slot]) != lo)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        slots = filled(slots.length * 2);
        for (int number = 0; number < ids.size(); number++) {
            slots[slot(ids.high(number), ids.low(number))] = number;
        }
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        java.util.Arrays.fill(array, -1);
        return array;
    }
}
