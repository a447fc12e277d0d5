package org.rosterbridge.sync;

/**
 * Where a running sync is, for a live progress bar. Phases come in order: {@code fetching}, {@code planning},
 * {@code applying} (a full sync) or {@code events} (one report per page), then {@code done}.
 *
 * @param runId the run's id
 * @param phase the phase's name
 * @param done units finished in the run so far (records fetched, actions applied, events read)
 * @param total units expected, {@code 0} while unknown
 * @param percent an estimate for the whole run, 0 to 100
 */
public record SyncProgress(String runId, String phase, long done, long total, int percent) {

    public SyncProgress {
        if (percent < 0 || percent > 100) {
            throw new SyncException("percent must be between 0 and 100, was " + percent);
        }
    }
}
