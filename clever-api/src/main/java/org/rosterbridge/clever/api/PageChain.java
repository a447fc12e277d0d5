package org.rosterbridge.clever.api;

/**
 * What a paged fetch went through, so a caller can prove a full fetch complete before acting on absences
 * (archiving records missing from it).
 */
public sealed interface PageChain {

    /** Pages fetched and delivered. */
    int pages();

    /** Records (or events) delivered, decodable or not. */
    long records();

    /** The id of the last record or event delivered, or the starting cursor, or {@code ""}. */
    String lastId();

    default boolean complete() {
        return this instanceof Complete;
    }

    /** Every page answered 200 and parsed, ids ascended throughout, and the last page had no next link. */
    record Complete(int pages, long records, String lastId) implements PageChain {}

    /**
     * The chain broke at {@code path}: a page failed (after retries) or did not parse, a next link repeated a
     * page or left the API, or ids went backwards. Pages before it were delivered.
     *
     * @param status the HTTP status of the failing page, or 0 when there was none (I/O error, broken link)
     */
    record Incomplete(int pages, long records, String lastId, String path, int status, String reason)
            implements PageChain {}
}
