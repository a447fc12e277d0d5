package org.rosterbridge.hub.store;

import java.util.Arrays;

/**
 * A one-to-many relation between positions in compressed rows: the targets of {@code s} are
 * {@code targets[start[s] .. start[s + 1])}, ascending and without repeats, so a target list is already a
 * page-able list in id order. Immutable.
 */
final class Relation {
    static final Relation EMPTY = new Relation(new int[1], new int[0]);

    private final int[] start;
    private final int[] targets;

    private Relation(int[] start, int[] targets) {
        this.start = start;
        this.targets = targets;
    }

    static Relation of(int sourceCount, IntColumn sources, IntColumn targets) {
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
        return compact(start, flat);
    }

    private static Relation compact(int[] start, int[] flat) {
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
        return new Relation(newStart, out == flat.length ? flat : Arrays.copyOf(flat, out));
    }

    int[] targets(int source) {
        if (source < 0 || source + 1 >= start.length) {
            return new int[0];
        }
        return Arrays.copyOfRange(targets, start[source], start[source + 1]);
    }

    int count(int source) {
        return source < 0 || source + 1 >= start.length ? 0 : start[source + 1] - start[source];
    }
}
