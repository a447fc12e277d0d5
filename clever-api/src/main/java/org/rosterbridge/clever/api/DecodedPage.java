package org.rosterbridge.clever.api;

import java.util.List;

/** One page of a list response: every element's decode outcome, in order, and the page's links. */
public record DecodedPage<T>(List<Decoded<T>> items, PageLinks links) {

    public DecodedPage {
        items = List.copyOf(items);
    }
}
