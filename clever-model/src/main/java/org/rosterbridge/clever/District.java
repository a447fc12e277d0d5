package org.rosterbridge.clever;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Clever district, the top of every roster.
 *
 * @param sisType how data reaches Clever; {@code "sftp"} for CSV uploads
 * @param lastSync when data last synced successfully, if ever
 */
public record District(
        CleverId id,
        String name,
        String sisType,
        Coded<DistrictState> state,
        Optional<Instant> lastSync,
        Optional<LocalDate> launchDate,
        String portalUrl,
        List<String> loginMethods,
        String mdrNumber,
        String ncesId)
        implements CleverObject {

    public District {
        loginMethods = List.copyOf(loginMethods);
    }

    @Override
    public CleverId district() {
        return id;
    }
}
