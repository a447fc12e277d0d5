package org.rosterbridge.generator;

import java.nio.file.Path;

/**
 * How to make the next snapshot of a district.
 *
 * @param from the directory holding the current snapshot (and, if an earlier churn wrote it, its
 *     {@value DistrictGenerator#HELD_FILE})
 * @param percent roughly how many records of each type change, from 0 to 100
 * @param seed the seed of this step; the same inputs always give byte-identical files
 */
public record ChurnSettings(Path from, int percent, long seed) {

    /** The percentage the CLI uses when {@code --churn} is not given. */
    public static final int DEFAULT_PERCENT = 5;

    public ChurnSettings {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("churn percent must be between 0 and 100, not " + percent);
        }
    }
}
