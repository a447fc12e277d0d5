package org.rosterbridge.hub.store;

import java.util.Arrays;
import org.rosterbridge.clever.Role;
import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.LongList;

/**
 * Which users each school has, through which roles, and for whom it is the primary school: what
 * {@code /schools/{id}/users?role=…&primary=true} needs. Immutable once built.
 */
final class SchoolUsers {
    static final int PRIMARY = 0x80;
    static final SchoolUsers EMPTY = new SchoolUsers(new int[1], new int[0], new byte[0]);

    private final int[] start;
    private final int[] users;
    private final byte[] flags;

    private SchoolUsers(int[] start, int[] users, byte[] flags) {
        this.start = start;
        this.users = users;
        this.flags = flags;
    }

    static SchoolUsers ofArrays(int[] start, int[] users, byte[] flags) {
        return new SchoolUsers(start, users, flags);
    }

    int[] startArray() {
        return start;
    }

    int[] userArray() {
        return users;
    }

    byte[] flagArray() {
        return flags;
    }

    static int bit(Role role) {
        return 1 << role.ordinal();
    }

    /**
     * The users of {@code school} holding one of {@code roleMask}'s roles there (all roles when 0), only
     * those whose primary school it is when {@code primaryOnly}; ascending.
     */
    int[] users(int school, int roleMask, boolean primaryOnly) {
        if (school < 0 || school + 1 >= start.length) {
            return new int[0];
        }
        IntList result = new IntList();
        for (int i = start[school]; i < start[school + 1]; i++) {
            boolean roleOk = roleMask == 0 || (flags[i] & roleMask) != 0;
            if (roleOk && (!primaryOnly || (flags[i] & PRIMARY) != 0)) {
                result.add(users[i]);
            }
        }
        return result.toArray();
    }

    /** Collects (school, user, flags) triples; a pair met twice keeps the union of its flags. */
    static final class Builder {
        private final LongList packed = new LongList();

        void add(int school, int user, int flagBits) {
            packed.add(((long) school << 40) | ((long) user << 8) | (flagBits & 0xff));
        }

        SchoolUsers build(int schoolCount) {
            long[] sorted = packed.toArray();
            Arrays.sort(sorted);
            int[] start = new int[schoolCount + 1];
            IntList users = new IntList();
            ByteColumn flags = new ByteColumn();
            for (int i = 0; i < sorted.length; i++) {
                long pair = sorted[i] >>> 8;
                if (i > 0 && pair == sorted[i - 1] >>> 8) {
                    flags.or((byte) sorted[i]);
                } else {
                    start[(int) (pair >>> 32) + 1]++;
                    users.add((int) pair);
                    flags.add((byte) sorted[i]);
                }
            }
            for (int s = 0; s < schoolCount; s++) {
                start[s + 1] += start[s];
            }
            return new SchoolUsers(start, users.toArray(), flags.toArray());
        }
    }

    /** A growable byte column whose last value can be or-ed into. */
    private static final class ByteColumn {
        private byte[] values = new byte[64];
        private int size;

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void or(byte value) {
            values[size - 1] |= value;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
