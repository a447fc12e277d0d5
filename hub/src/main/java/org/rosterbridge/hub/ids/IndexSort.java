package org.rosterbridge.hub.ids;

/** A stable merge sort of int indices under a comparator, without boxing. */
final class IndexSort {
    interface IndexOrder {
        int compare(int a, int b);
    }

    private IndexSort() {}

    static void sort(int[] indices, IndexOrder order) {
        int[] buffer = indices.clone();
        sort(buffer, indices, 0, indices.length, order);
    }

    // Sorts source[from, to) into target[from, to); both start with the same contents.
    private static void sort(int[] source, int[] target, int from, int to, IndexOrder order) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        sort(target, source, from, middle, order);
        sort(target, source, middle, to, order);
        merge(source, target, from, middle, to, order);
    }

    private static void merge(int[] source, int[] target, int from, int middle, int to, IndexOrder order) {
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            boolean takeLeft = right >= to || (left < middle && order.compare(source[left], source[right]) <= 0);
            target[out] = takeLeft ? source[left++] : source[right++];
        }
    }
}
