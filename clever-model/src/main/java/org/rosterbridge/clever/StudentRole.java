package org.rosterbridge.clever;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A user's student role. Only {@code sisId}, {@code school}, {@code schools} and {@code enrollments} are
 * guaranteed by Clever; every other field may be empty.
 *
 * @param legacyId the pre-v3 student id, which for students equals the user id
 * @param school the primary school, by Clever's rule (most sections, then most students, then SIS school)
 * @param enrollments per-school spans during which the student was in at least one section
 */
public record StudentRole(
        CleverId legacyId,
        String sisId,
        String studentNumber,
        String stateId,
        CleverId school,
        List<CleverId> schools,
        List<SchoolEnrollment> enrollments,
        Optional<LocalDate> dob,
        Coded<Gender> gender,
        Coded<Grade> grade,
        String graduationYear,
        Coded<Race> race,
        Coded<YesNo> hispanicEthnicity,
        Coded<YesNo> ellStatus,
        Coded<FrlStatus> frlStatus,
        String iepStatus,
        Coded<HomeLanguage> homeLanguage,
        Location location,
        String username,
        String unweightedGpa,
        String weightedGpa) {

    public StudentRole {
        schools = List.copyOf(schools);
        enrollments = List.copyOf(enrollments);
    }
}
