package org.rosterbridge.clever.api;

import org.rosterbridge.clever.CleverObject;

/** The outcome of fetching one object. A 404 is an answer here (deleted or unshared), not an error. */
public sealed interface Fetched {

    record Found(CleverObject record, Stamps stamps) implements Fetched {}

    /** Clever answered 404 for {@code path}: the record is deleted, unshared, or never existed. */
    record NotFound(String path) implements Fetched {}

    /** Clever answered, but the record could not be read; see {@link Decoded.Failed}. */
    record Unreadable(String path, Decoded.Failed<CleverObject> failure) implements Fetched {}
}
