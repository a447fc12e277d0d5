package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.TeacherColumn.FIRST_NAME;
import static org.rosterbridge.clever.csv.TeacherColumn.LAST_NAME;
import static org.rosterbridge.clever.csv.TeacherColumn.MIDDLE_NAME;
import static org.rosterbridge.clever.csv.TeacherColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.TeacherColumn.STATE_TEACHER_ID;
import static org.rosterbridge.clever.csv.TeacherColumn.TEACHER_EMAIL;
import static org.rosterbridge.clever.csv.TeacherColumn.TEACHER_ID;
import static org.rosterbridge.clever.csv.TeacherColumn.TEACHER_NUMBER;
import static org.rosterbridge.clever.csv.TeacherColumn.TITLE;
import static org.rosterbridge.clever.csv.TeacherColumn.USERNAME;

import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * teachers.csv rows. A teacher is regenerated from the seed wherever they are needed, so the row at a
 * second school repeats the first one exactly except for School_id. About 3 % have no e-mail and 1 % one
 * without {@code @}; a teacher who is also staff always has a real address, the one staff.csv repeats.
 */
final class TeacherRows {

    private static final String[] TITLES = {
        "Teacher", "Teacher", "Teacher", "Lead Teacher", "Special Education Teacher", "ELL Teacher", "Dr."
    };

    private TeacherRows() {}

    static String id(int teacher) {
        return Ids.TEACHER.of(teacher + 1L);
    }

    static Person person(DistrictPlan plan, int teacher) {
        return NamePools.person(Mix.random(plan.seed, Stream.TEACHER_PERSON, teacher));
    }

    /** The address a teacher who is also staff shares with their staff.csv row. */
    static String email(Person person, int teacher) {
        return Emails.localPart(person, teacher + 1L) + Emails.STAFF_DOMAIN;
    }

    static Row row(DistrictPlan plan, int teacher, int school) {
        SplittableRandom random = Mix.random(plan.seed, Stream.TEACHER_PERSON, teacher);
        Person person = NamePools.person(random);
        String local = Emails.localPart(person, teacher + 1L);
        return Row.builder(CleverFile.TEACHERS)
                .set(SCHOOL_ID, SchoolRows.id(school))
                .set(TEACHER_ID, id(teacher))
                .set(TEACHER_NUMBER, Mix.chance(random, 0.95) ? Integer.toString(50_000 + teacher) : "")
                .set(STATE_TEACHER_ID, Mix.chance(random, 0.6) ? "ED" + (7_000_000 + teacher) : "")
                .set(TEACHER_EMAIL, email(random, local, plan.alsoStaff(teacher)))
                .set(FIRST_NAME, person.first())
                .set(MIDDLE_NAME, person.middle())
                .set(LAST_NAME, person.last())
                .set(TITLE, Mix.chance(random, 0.85) ? Mix.pick(random, TITLES) : "")
                .set(USERNAME, Mix.chance(random, 0.6) ? local : "")
                .build();
    }

    private static String email(SplittableRandom random, String local, boolean staffToo) {
        int roll = random.nextInt(100);
        if (staffToo || roll >= 4) {
            return local + Emails.STAFF_DOMAIN;
        }
        return roll < 3 ? "" : local;
    }
}
