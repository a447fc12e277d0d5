package org.rosterbridge.clever;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pure diff of two states of one record type. Both inputs must be in ascending id order (the order
 * Clever pages in), which lets the diff run as a merge without holding a map of either side.
 */
public final class RosterDiff {

    private RosterDiff() {}

    /** Every change from {@code before} to {@code after}, in ascending id order. */
    public static <T extends CleverObject> List<Change<T>> between(Iterable<T> before, Iterable<T> after) {
        List<Change<T>> changes = new ArrayList<>();
        merge(before.iterator(), after.iterator(), changes::add);
        return changes;
    }

    /** Streams every change from {@code before} to {@code after} to {@code sink}, in ascending id order. */
    public static <T extends CleverObject> void merge(Iterator<T> before, Iterator<T> after, Consumer<Change<T>> sink) {
        T old = next(before, null);
        T now = next(after, null);
        while (old != null || now != null) {
            int order = old == null ? 1 : now == null ? -1 : old.id().compareTo(now.id());
            if (order < 0) {
                sink.accept(new Change.Deleted<>(old));
                old = next(before, old);
            } else if (order > 0) {
                sink.accept(new Change.Created<>(now));
                now = next(after, now);
            } else {
                if (!old.equals(now)) {
                    sink.accept(new Change.Updated<>(old, now));
                }
                old = next(before, old);
                now = next(after, now);
            }
        }
    }

    // null marks the end of a side inside this class only; it never leaves it.
    private static <T extends CleverObject> T next(Iterator<T> side, T previous) {
        if (!side.hasNext()) {
            return null;
        }
        T next = side.next();
        if (previous != null && previous.id().compareTo(next.id()) >= 0) {
            throw new IllegalArgumentException(
                    "records must come in ascending id order: " + next.id() + " after " + previous.id());
        }
        return next;
    }
}
