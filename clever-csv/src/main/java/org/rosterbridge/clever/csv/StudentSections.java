package org.rosterbridge.clever.csv;

import java.util.Arrays;

/**
 * The sections each student is enrolled in, to find an enrollment listed twice. Each student's section
 * numbers sit together in one int arena, so a lookup scans a few adjacent ints; about 4 bytes an
 * enrollment when the file lists a student's enrollments together (the usual order), against 16 to 24 for
 * a hash set of pairs.
 *
 * <p>When a student's enrollments are scattered (a file sorted by section), the student's list is moved to
 * the end of the arena each time it grows; the space left behind is reclaimed when the arena fills.
 */
final class StudentSections {

    private int[] starts = new int[0];
    private int[] counts = new int[0];
    private int[] arena = new int[1 << 12];
    private int used;
    private long live;

    /** Adds {@code section} to {@code student}'s list; false when it was there already. */
    boolean add(int student, int section) {
        ensureStudent(student);
        int start = starts[student];
        int count = counts[student];
        for (int i = start; i < start + count; i++) {
            if (arena[i] == section) {
                return false;
            }
        }
        // Room for a move first: making room may compact the arena, which moves every list.
        ensureArena(count + 1);
        if (count == 0 || starts[student] + count != used) {
            moveToEnd(student);
        }
        arena[used++] = section;
        counts[student] = count + 1;
        live++;
        return true;
    }

    private void moveToEnd(int student) {
        System.arraycopy(arena, starts[student], arena, used, counts[student]);
        starts[student] = used;
        used += counts[student];
    }

    private void ensureStudent(int student) {
        if (student >= starts.length) {
            int grown = Math.max(student + 1, starts.length + (starts.length >> 1));
            starts = Arrays.copyOf(starts, grown);
            counts = Arrays.copyOf(counts, grown);
        }
    }

    /** Room for {@code extra} more ints plus a list being moved: compacts first when half the arena is garbage. */
    private void ensureArena(int extra) {
        if ((long) used + extra <= arena.length) {
            return;
        }
        long needed = live + extra;
        long size = live * 2 < used ? Math.max(arena.length, needed * 2) : arena.length + (arena.length >> 1) + extra;
        if (size > Integer.MAX_VALUE - 8) {
            throw new CleverCsvException("too many enrollments to check: " + live);
        }
        int[] fresh = new int[(int) size];
        int at = 0;
        for (int student = 0; student < starts.length; student++) {
            System.arraycopy(arena, starts[student], fresh, at, counts[student]);
            starts[student] = at;
            at += counts[student];
        }
        arena = fresh;
        used = at;
    }
}
