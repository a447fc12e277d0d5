package org.rosterbridge.hub;

import java.util.List;
import java.util.Map;

/** What the hub did with an upload. */
public sealed interface IngestResult {

    /** The snapshot number the upload got (for {@link Unchanged}, the one still served). */
    int snapshot();

    /**
     * The upload is served now.
     *
     * @param changes counts by record type ({@code students}, {@code sections}, …) and action
     *     ({@code before}, {@code created}, {@code updated}, {@code deleted})
     */
    record Published(int snapshot, Map<String, Map<String, Integer>> changes) implements IngestResult {
        public Published {
            changes = Map.copyOf(changes);
        }
    }

    /** The upload changes too much and waits for approval; the previous snapshot is still served. */
    record Held(int snapshot, List<String> reasons, Map<String, Map<String, Integer>> changes) implements IngestResult {
        public Held {
            reasons = List.copyOf(reasons);
            changes = Map.copyOf(changes);
        }
    }

    /**
     * The upload failed validation and was thrown away whole; the previous snapshot is still served.
     *
     * @param problems the report's problems, as {@code file:line:column rule severity message}
     */
    record Rejected(int snapshot, long errors, List<String> problems) implements IngestResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** The files are the ones already processed (or there are none); nothing was done. */
    record Unchanged(int snapshot) implements IngestResult {}
}
