package org.rosterbridge.export;

import java.util.Map;

/**
 * What every rule may read during one export: the settings, the state whose code lists apply, the district,
 * its schools, the selection and staff identity.
 */
record ExportContext(
        ExportSettings settings,
        StateCodes state,
        District district,
        Map<String, School> schools,
        Selection selection,
        StaffIdentity identity) {

    static ExportContext of(
            ExportSettings settings, District district, Map<String, School> schools, StaffIdentity identity) {
        return new ExportContext(
                settings,
                codesOf(settings, district),
                district,
                schools,
                new Selection(settings, district, schools),
                identity);
    }

    /** The state option, or the district's state when the option defers to it; PA and NY only. */
    static StateCodes codesOf(ExportSettings settings, District district) {
        if (settings.state() != StateCodes.DISTRICT) {
            return settings.state();
        }
        switch (district.state()) {
            case "PA":
                return StateCodes.PA;
            case "NY":
                return StateCodes.NY;
            default:
                throw new ExportException("district.csv names state '" + district.state()
                        + "': set --state PA or NY to choose the status code lists");
        }
    }
}
