package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StaffColumn.DEPARTMENT;
import static org.rosterbridge.clever.csv.StaffColumn.FIRST_NAME;
import static org.rosterbridge.clever.csv.StaffColumn.LAST_NAME;
import static org.rosterbridge.clever.csv.StaffColumn.ROLE;
import static org.rosterbridge.clever.csv.StaffColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.StaffColumn.STAFF_EMAIL;
import static org.rosterbridge.clever.csv.StaffColumn.STAFF_ID;
import static org.rosterbridge.clever.csv.StaffColumn.TITLE;
import static org.rosterbridge.clever.csv.StaffColumn.USERNAME;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * staff.csv rows of one school: its own staff (the first is the School Tech Lead in most schools), the
 * district staff who cover it, and its teachers who are also staff, under their teacher e-mail.
 */
final class StaffRows {

    static final String TECH_LEAD = "School Tech Lead";

    private static final String[][] JOBS = {
        {"Administration", "Assistant Principal"},
        {"Administration", "Office Manager"},
        {"Student Services", "Counselor"},
        {"Library", "Librarian"},
        {"Technology", "Technology Coordinator"},
        {"", "Registrar"}
    };
    private static final String[][] DISTRICT_JOBS = {
        {"Curriculum", "Instructional Coach"}, {"Technology", "Field Technician"}, {"Special Education", "Psychologist"}
    };

    private StaffRows() {}

    static String id(int number) {
        return Ids.STAFF.of(number + 1L);
    }

    static List<Row> rows(DistrictPlan plan, int school) {
        StaffPlan staff = plan.staff;
        List<Row> rows = new ArrayList<>();
        for (int number = staff.localStart[school]; number < staff.localStart[school + 1]; number++) {
            boolean techLead = number == staff.localStart[school] && (school % 10) < 7;
            rows.add(person(plan, number, school, JOBS, techLead));
        }
        for (int person = 0; person < staff.districtStaff; person++) {
            if (staff.covers(person, school, plan.schools)) {
                rows.add(person(plan, staff.districtBase + person, school, DISTRICT_JOBS, false));
            }
        }
        for (int teacher = plan.teacherStart[school]; teacher < plan.teacherStart[school + 1]; teacher++) {
            if (staff.teacherStaffNumber[teacher] >= 0) {
                rows.add(teacher(plan, teacher, school));
            }
        }
        return rows;
    }

    private static Row person(DistrictPlan plan, int number, int school, String[][] jobs, boolean techLead) {
        SplittableRandom random = Mix.random(plan.seed, Stream.STAFF_PERSON, number);
        Person person = NamePools.person(random);
        String[] job = Mix.pick(random, jobs);
        String local = Emails.localPart(person, 900_000L + number);
        return Row.builder(CleverFile.STAFF)
                .set(SCHOOL_ID, SchoolRows.id(school))
                .set(STAFF_ID, id(number))
                .set(STAFF_EMAIL, local + Emails.STAFF_DOMAIN)
                .set(FIRST_NAME, person.first())
                .set(LAST_NAME, person.last())
                .set(DEPARTMENT, job[0])
                .set(TITLE, Mix.chance(random, 0.9) ? job[1] : "")
                .set(USERNAME, Mix.chance(random, 0.5) ? local : "")
                .set(ROLE, techLead ? TECH_LEAD : "")
                .build();
    }

    private static Row teacher(DistrictPlan plan, int teacher, int school) {
        Person person = TeacherRows.person(plan, teacher);
        return Row.builder(CleverFile.STAFF)
                .set(SCHOOL_ID, SchoolRows.id(school))
                .set(STAFF_ID, id(plan.staff.teacherStaffNumber[teacher]))
                .set(STAFF_EMAIL, TeacherRows.email(person, teacher))
                .set(FIRST_NAME, person.first())
                .set(LAST_NAME, person.last())
                .set(DEPARTMENT, "Curriculum")
                .set(TITLE, "Instructional Coach")
                .set(ROLE, teacher % 2 == 0 ? TECH_LEAD : "")
                .build();
    }
}
