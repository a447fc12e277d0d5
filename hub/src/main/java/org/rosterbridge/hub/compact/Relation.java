package org.rosterbridge.hub.compact;

import java.util.Arrays;

/**
 * A one-to-many relation between positions in compressed rows: the targets of {@code s} are
 * {@code targets[start[s] .. start[s + 1])}, ascending and without repeats, so a target list is already a
 * page-able list in id order (and an enrollment listed twice is one enrollment). Immutable.
 */
public final class Relation {
    public static final Relation EMPTY = new Relation(new int[1], new int[0]);

    private final int[] start;
    private final int[] targets;

    private Relation(int[] start, int[] targets) {
        this.start = start;
        this.targets = targets;
    }

    /** The relation given by the pairs {@code (sources[i], targets[i])}, over {@code sourceCount} sources. */
    public static Relation of(int sourceCount, IntList sources, IntList targets) {
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

    /** The relation of stored arrays, as {@link CatalogCodec} reads them. */
    public static Relation ofArrays(int[] start, int[] targets) {
        return new Relation(start, targets);
    }

    public int[] startArray() {
        return start;
    }

    public int[] targetArray() {
        return targets;
    }

    /** The relation from targets back to sources, over {@code targetCount} targets. */
    public Relation reversed(int targetCount) {
        int[] count = new int[targetCount + 1];
        for (int target : targets) {
            count[target + 1]++;
        }
        for (int t = 0; t < targetCount; t++) {
            count[t + 1] += count[t];
        }
        int[] fill = Arrays.copyOf(count, targetCount);
        int[] flat = new int[targets.length];
        for (int s = 0; s + 1 < start.length; s++) {
            for (int i = start[s]; i < start[s + 1]; i++) {
                flat[fill[targets[i]]++] = s;
            }
        }
        return new Relation(count, flat);
    }

    /** Both relations over the same sources, each source's targets merged, ascending, without repeats. */
    public static Relation union(Relation a, Relation b) {
        int sources = a.start.length - 1;
        int[] start = new int[sources + 1];
        int[] flat = new int[a.targets.length + b.targets.length];
        int out = 0;
        for (int s = 0; s < sources; s++) {
            start[s] = out;
            int i = a.start[s];
            int j = b.start[s];
            while (i < a.start[s + 1] || j < b.start[s + 1]) {
                int next = j >= b.start[s + 1] || (i < a.start[s + 1] && a.targets[i] <= b.targets[j])
                        ? a.targets[i++]
                        : b.targets[j++];
                if (out == start[s] || flat[out - 1] != next) {
                    flat[out++] = next;
                }
            }
        }
        start[sources] = out;
        return new Relation(start, out == flat.length ? flat : Arrays.copyOf(flat, out));
    }

    public int[] targets(int source) {
        if (source < 0 || source + 1 >= start.length) {
            return new int[0];
        }
        return Arrays.copyOfRange(targets, start[source], start[source + 1]);
    }

    public int count(int source) {
        return source < 0 || source + 1 >= start.length ? 0 : start[source + 1] - start[source];
    }

    public int sources() {
        return start.length - 1;
    }
}
