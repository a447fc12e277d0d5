package org.rosterbridge.sync;

import java.util.List;

/**
 * What a full fetch proved about itself: empty when every collection was read to its end over an unbroken
 * page chain with no failed page and counts that agree; otherwise one line per problem (ids only).
 */
record FetchReport(List<String> problems) {

    FetchReport {
        problems = List.copyOf(problems);
    }

    static FetchReport complete() {
        return new FetchReport(List.of());
    }

    boolean isComplete() {
        return problems.isEmpty();
    }
}
