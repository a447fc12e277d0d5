package org.rosterbridge.export;

/**
 * A student record of the SIS. Absent text is {@code ""}.
 *
 * @param dob date of birth as {@code YYYY-MM-DD}, or {@code ""}
 * @param summerSchoolId the summer school the student is enrolled in, or {@code ""}
 */
record Student(
        String id,
        boolean active,
        String idNumber,
        String stateId,
        String integrationId,
        String lastName,
        String middleName,
        String firstName,
        String gender,
        String graduationYear,
        String dob,
        String race,
        boolean hispanic,
        String language,
        String currentSchoolId,
        String currentGrade,
        String schedulingSchoolId,
        String schedulingGrade,
        String summerSchoolId,
        MailingAddress address,
        String email) {}
