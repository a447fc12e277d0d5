package org.rosterbridge.hub;

import java.time.Instant;
import java.util.List;

/**
 * What the hub is doing.
 *
 * @param servedSnapshot the snapshot served, 0 before the first accepted upload
 * @param servedSince when it was published
 * @param uploadPending whether the upload directory has changed since the last processed upload (the
 *     quiet period may still be running)
 * @param uploads every upload processed, newest first
 */
public record HubStatus(int servedSnapshot, Instant servedSince, boolean uploadPending, List<Upload> uploads) {
    public HubStatus {
        uploads = List.copyOf(uploads);
    }

    /** The uploads waiting for approval. */
    public List<Upload> held() {
        return uploads.stream().filter(u -> u.state() == UploadState.HELD).toList();
    }

    /** The uploads rejected by validation. */
    public List<Upload> rejected() {
        return uploads.stream().filter(u -> u.state() == UploadState.REJECTED).toList();
    }
}
