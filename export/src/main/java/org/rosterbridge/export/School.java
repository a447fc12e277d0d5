package org.rosterbridge.export;

import java.util.List;

/**
 * A school (building) of the SIS.
 *
 * @param grades the grades the school offers, each with the SIS's internal sort order
 */
record School(
        String id,
        String name,
        String type,
        String bedsCode,
        boolean summer,
        String contactName,
        String streetNumber,
        String streetName,
        String city,
        String state,
        String zip,
        String phone,
        List<GradeLevel> grades) {

    School {
        grades = List.copyOf(grades);
    }
}
