package org.rosterbridge.hub.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.Consumer;

/**
 * Clever processes an upload a quiet period after the last upload activity. The watcher looks at the
 * directory's fingerprint on every tick and counts the quiet period from its last change or from the last
 * write the SFTP server reports ({@link #touch}), whichever is later; then it hands the upload over once.
 *
 * <p>Not thread-safe: the hub calls {@link #tick} from its ingest thread; {@link #touch} may come from any
 * thread and only moves a volatile time.
 */
public final class UploadWatcher {
    private final Path directory;
    private final Duration quietPeriod;
    private final InstantSource clock;
    private final Consumer<String> process;
    private volatile String processed;
    private volatile String seen;
    private volatile Instant lastActivity;

    /**
     * @param processed the fingerprint of the last upload processed (empty when none)
     * @param process called with the fingerprint of an upload that has been quiet long enough
     */
    public UploadWatcher(
            Path directory, Duration quietPeriod, InstantSource clock, String processed, Consumer<String> process) {
        this.directory = directory;
        this.quietPeriod = quietPeriod;
        this.clock = clock;
        this.process = process;
        this.processed = processed;
        this.seen = processed;
        this.lastActivity = clock.instant();
    }

    /** Upload activity happened now (the SFTP server saw a write). */
    public void touch() {
        lastActivity = clock.instant();
    }

    public void tick() {
        String now = Fingerprint.of(directory);
        if (!now.equals(seen)) {
            seen = now;
            touch();
        }
        boolean quiet = !clock.instant().isBefore(lastActivity.plus(quietPeriod));
        if (!now.isEmpty() && !now.equals(processed) && quiet) {
            processed = now;
            process.accept(now);
        }
    }

    /** Marks {@code fingerprint} as processed (after an ingest on demand). */
    public void processed(String fingerprint) {
        processed = fingerprint;
        seen = fingerprint;
    }

    /** Whether the directory differs from the last processed upload. */
    public boolean pending() {
        return !seen.isEmpty() && !seen.equals(processed);
    }
}
