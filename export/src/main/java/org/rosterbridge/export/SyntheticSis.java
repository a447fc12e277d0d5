package org.rosterbridge.export;

import java.nio.file.Path;

/**
 * A request for a deterministic synthetic SIS extract: the same students and seed always give the same
 * files, byte for byte.
 */
public record SyntheticSis(int students, long seed, Path out) {

    public SyntheticSis {
        if (students < 1) {
            throw new ExportException("a synthetic SIS needs at least 1 student");
        }
    }

    /** Benchmark sizes from docs/peers.md §5. */
    public enum Tier {
        S(5_000),
        M(50_000),
        L(350_000),
        XL(1_100_000);

        private final int students;

        Tier(int students) {
            this.students = students;
        }

        public int students() {
            return students;
        }
    }
}
