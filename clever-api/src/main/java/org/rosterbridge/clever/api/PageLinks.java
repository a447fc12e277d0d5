package org.rosterbridge.clever.api;

import java.util.Optional;

/**
 * The {@code links} of a list response: relative URIs that include the version prefix, e.g.
 * {@code /v3.0/users?limit=100&starting_after=…}. An empty string means the link is absent.
 */
public record PageLinks(String self, String next, String prev) {

    public static PageLinks self(String self) {
        return new PageLinks(self, "", "");
    }

    public Optional<String> nextLink() {
        return next.isEmpty() ? Optional.empty() : Optional.of(next);
    }

    public Optional<String> prevLink() {
        return prev.isEmpty() ? Optional.empty() : Optional.of(prev);
    }
}
