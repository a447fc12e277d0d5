package org.rosterbridge.sync;

import java.util.List;

/** A new Clever record that matched several local records on {@code key}; queued for a person to decide. */
record Review(Kind kind, String cleverId, String key, List<Long> candidates) {
    Review {
        candidates = List.copyOf(candidates);
    }
}
