package org.rosterbridge.hub.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the ingest needs to know about the district.
 *
 * @param districtKey what the district's ids are derived from
 * @param districtName the district's display name
 * @param districtAdmins e-mail addresses of district admins
 * @param workDirectory where rows are parked while an upload is read
 * @param reportDirectory where each upload's report file goes
 * @param holds when an upload is held
 * @param eventRetention how long events are kept
 * @param parallel whether reading, deriving, diffing and storing run their steps side by side on several
 *     threads (the default) or one after another on the ingest thread; both make the same snapshot
 */
public record IngestSettings(
        String districtKey,
        String districtName,
        List<String> districtAdmins,
        Path workDirectory,
        Path reportDirectory,
        HoldPolicy holds,
        Duration eventRetention,
        boolean parallel) {
    public IngestSettings {
        districtAdmins = List.copyOf(districtAdmins);
    }
}
