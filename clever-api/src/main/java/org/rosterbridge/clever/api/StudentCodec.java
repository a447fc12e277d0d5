package org.rosterbridge.clever.api;

import java.io.IOException;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.SchoolEnrollment;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.YesNo;

/**
 * The student fields, shared by v3's {@code roles.student} and v2's flat {@code Student}. The demographic
 * "special" fields Clever's data Swagger omits (frl_status, iep_status, home_language, GPAs) are served
 * by Clever to apps approved for them, so they are written when present.
 */
final class StudentCodec {

    private StudentCodec() {}

    static void writeFields(Out o, StudentRole s) throws IOException {
        o.text("sis_id", s.sisId());
        o.id("school", s.school());
        o.ids("schools", s.schools());
        if (o.version() != ApiVersion.V2_0) {
            writeEnrollments(o, s);
        }
        o.optText("student_number", s.studentNumber());
        o.optText("state_id", s.stateId());
        if (s.dob().isPresent()) {
            o.text("dob", WireTime.dob(s.dob().get()));
        }
        o.optText("gender", o.codes.gender(s.gender()));
        o.optText("grade", o.codes.grade(s.grade()));
        o.optText("graduation_year", s.graduationYear());
        o.optText("race", o.codes.known(s.race()));
        o.optText("hispanic_ethnicity", o.codes.known(s.hispanicEthnicity()));
        o.optText("ell_status", o.codes.known(s.ellStatus()));
        o.optText("frl_status", o.codes.frl(s.frlStatus()));
        o.optText("iep_status", s.iepStatus());
        o.optText("home_language", o.codes.homeLanguage(s.homeLanguage()));
        LocationCodec.write(o, s.location());
        o.credentials(s.username());
        o.optText("unweighted_gpa", s.unweightedGpa());
        o.optText("weighted_gpa", s.weightedGpa());
    }

    private static void writeEnrollments(Out o, StudentRole s) throws IOException {
        o.startArray("enrollments");
        for (SchoolEnrollment e : s.enrollments()) {
            o.g.writeStartObject();
            o.id("school", e.school());
            o.time("start_date", e.startDate());
            if (e.endDate().isPresent()) {
                o.time("end_date", e.endDate().get());
            }
            o.end();
        }
        o.endArray();
    }

    static StudentRole read(In in, CleverId legacyId) {
        return new StudentRole(
                legacyId,
                in.text("sis_id"),
                in.text("student_number"),
                in.text("state_id"),
                in.id("school"),
                in.ids("schools"),
                in.list("enrollments", StudentCodec::readEnrollment),
                in.dob("dob"),
                in.code(Gender.class, "gender"),
                in.code(Grade.class, "grade"),
                in.text("graduation_year"),
                in.code(Race.class, "race"),
                in.code(YesNo.class, "hispanic_ethnicity"),
                in.code(YesNo.class, "ell_status"),
                in.code(FrlStatus.class, "frl_status"),
                in.text("iep_status"),
                in.code(HomeLanguage.class, "home_language"),
                LocationCodec.read(in),
                in.object("credentials").text("district_username"),
                in.text("unweighted_gpa"),
                in.text("weighted_gpa"));
    }

    private static SchoolEnrollment readEnrollment(In e) {
        return new SchoolEnrollment(
                e.id("school"),
                e.time("start_date").orElseThrow(() -> e.fail("start_date", "missing time")),
                e.time("end_date"));
    }
}
