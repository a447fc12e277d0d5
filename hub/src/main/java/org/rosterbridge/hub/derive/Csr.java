package org.rosterbridge.hub.derive;

import java.util.Arrays;

/**
 * A one-to-many relation between two numbered sets in compressed rows: the targets of source {@code s}
 * are {@code targets[start[s] .. start[s + 1])}, sorted and without repeats. Immutable.
 */
final class Csr {
    static final Csr EMPTY = new Csr(new int[1], new int[0]);

    private final int[] start;
    private final int[] targets;

    private Csr(int[] start, int[] targets) {
        this.start = start;
        this.targets = targets;
    }

    /** The relation given by the pairs {@code (sources[i], targets[i])}. */
    static Csr of(int sourceCount, IntList sources, IntList targets) {
        int[] start = new int[sourceCount + 1];
        for (int i = 0; i < sources.size(); i++) {
            start[sources.get(i) + 1]++;
        }
        for (int s = 0; s < sourceCount; s++) {
            start[s + 1] += start[s];
        }
        int[] fill = Arrays.copyOf(start, sourceCount);
        int[] flat = new int[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            flat[fill[sources.get(i)]++] = targets.get(i);
        }
        return dedupe(start, flat);
    }

    // Sorts each row and drops repeats (an enrollment listed twice is one enrollment).
    private static Csr dedupe(int[] start, int[] flat) {
        int out = 0;
        int[] newStart = new int[start.length];
        for (int s = 0; s + 1 < start.length; s++) {
            Arrays.sort(flat, start[s], start[s + 1]);
            newStart[s] = out;
            for (int i = start[s]; i < start[s + 1]; i++) {
                if (i == start[s] || flat[i] != flat[i - 1]) {
                    flat[out++] = flat[i];
                }
            }
        }
        newStart[start.length - 1] = out;
        return new Csr(newStart, out == flat.length ? flat : Arrays.copyOf(flat, out));
    }

    int count(int source) {
        return start[source + 1] - start[source];
    }

    int[] targets(int source) {
        return Arrays.copyOfRange(targets, start[source], start[source + 1]);
    }

    int sources() {
        return start.length - 1;
    }
}
