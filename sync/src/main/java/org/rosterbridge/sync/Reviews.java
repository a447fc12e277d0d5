package org.rosterbridge.sync;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Queues ambiguous matches in {@code match_reviews} for a person to settle. */
final class Reviews {

    private final Handle handle;
    private final long districtId;
    private final Instant now;
    private final String runId;

    Reviews(Handle handle, long districtId, Instant now, String runId) {
        this.handle = handle;
        this.districtId = districtId;
        this.now = now;
        this.runId = runId;
    }

    void write(List<Review> reviews) {
        try (Batch batch = new Batch(
                handle,
                "insert into match_reviews (district_id, run_id, record_type, clever_id,"
                        + " match_key, candidate_ids, status, created_at) values (:d, :run, :type, :clever, :key, :candidates, 'open', :now)")) {
            for (Review r : reviews) {
                String candidates = r.candidates().stream().map(String::valueOf).collect(Collectors.joining(","));
                batch.add(b -> b.bind("d", districtId)
                        .bind("run", runId)
                        .bind("type", r.kind().reportName())
                        .bind("clever", r.cleverId())
                        .bind("key", r.key())
                        .bind("candidates", candidates)
                        .bind("now", Values.at(now)));
            }
        }
    }
}
