package org.rosterbridge.admin;

import java.util.List;

/** One page of a list: the items, which page (from 1), its size and how many items there are in all. */
record ResultPage<T>(List<T> items, int number, int size, long total) {

    ResultPage {
        items = List.copyOf(items);
    }

    long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    boolean hasPrevious() {
        return number > 1;
    }

    boolean hasNext() {
        return number < pages();
    }
}
