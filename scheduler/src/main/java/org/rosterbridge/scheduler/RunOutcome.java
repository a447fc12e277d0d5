package org.rosterbridge.scheduler;

import java.util.Objects;

/** How a run ended, as its handler reports it. A handler that throws gets a {@link Failed}. */
public sealed interface RunOutcome permits RunOutcome.Succeeded, RunOutcome.Failed, RunOutcome.Held {

    /** The summary or message: ids and counts only, never personal data. */
    String text();

    static Succeeded succeeded(String summary) {
        return new Succeeded(summary);
    }

    static Failed failed(String message) {
        return new Failed(message);
    }

    static Held held(String summary) {
        return new Held(summary);
    }

    /** The work was done; counts as a successful run for {@link Scheduler#overdue}. */
    record Succeeded(String summary) implements RunOutcome {
        public Succeeded {
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public String text() {
            return summary;
        }
    }

    /** The work was not done. */
    record Failed(String message) implements RunOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String text() {
            return message;
        }
    }

    /** The run stopped on purpose and waits for a person, e.g. a sync that would delete too much. */
    record Held(String summary) implements RunOutcome {
        public Held {
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public String text() {
            return summary;
        }
    }
}
