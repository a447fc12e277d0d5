package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_EMAIL;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_PHONE;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_PHONE_TYPE;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_RELATIONSHIP;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_SIS_ID;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_TYPE;
import static org.rosterbridge.clever.csv.StudentColumn.DOB;
import static org.rosterbridge.clever.csv.StudentColumn.FIRST_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.GRADE;
import static org.rosterbridge.clever.csv.StudentColumn.GRADUATION_YEAR;
import static org.rosterbridge.clever.csv.StudentColumn.LAST_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.MIDDLE_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STATE_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_CITY;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_EMAIL;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_NUMBER;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_STATE;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_STREET;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_ZIP;
import static org.rosterbridge.clever.csv.StudentColumn.USERNAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * students.csv rows: one per contact, each repeating every student column exactly, or one row with
 * empty contact columns for a student without contacts. Young students mostly have no e-mail; a few
 * older ones have none or one without {@code @}.
 */
final class StudentRows {

    private StudentRows() {}

    static String id(int student) {
        return Ids.STUDENT.of(student + 1L);
    }

    static Person person(DistrictPlan plan, int student) {
        return NamePools.person(Mix.random(plan.seed, Stream.STUDENT_NAME, student));
    }

    static List<Row> rows(DistrictPlan plan, SchoolContext school, int student) {
        int head = Contacts.familyHead(plan, school.school(), student);
        Person family = person(plan, head);
        Person person = head == student ? family : person(plan, student).withLast(family.last());
        int grade = plan.studentGrade(school.school(), student);
        SplittableRandom random = Mix.random(plan.seed, Stream.STUDENT_ROW, student);
        Row.Builder row = Row.builder(CleverFile.STUDENTS)
                .set(SCHOOL_ID, school.id())
                .set(STUDENT_ID, id(student))
                .set(STUDENT_NUMBER, Mix.chance(random, 0.97) ? Integer.toString(200_000 + student) : "")
                .set(STATE_ID, Mix.chance(random, 0.85) ? Long.toString(6_000_000_000L + student) : "")
                .set(LAST_NAME, person.last())
                .set(MIDDLE_NAME, person.middle())
                .set(FIRST_NAME, person.first())
                .set(GRADE, Grades.spelling(grade))
                .set(GRADUATION_YEAR, Mix.chance(random, 0.97) ? Integer.toString(Grades.graduationYear(grade)) : "")
                .set(DOB, Mix.chance(random, 0.97) ? birthday(random, grade) : "");
        Demographics.fill(row, random, grade);
        String local = Emails.localPart(person, 100_000L + student);
        row.set(STUDENT_EMAIL, email(random, grade, local)).set(USERNAME, Mix.chance(random, 0.5) ? local : "");
        address(row, Mix.random(plan.seed, Stream.ADDRESS, head), school);
        return withContacts(row, Contacts.ofFamily(plan, school.school(), head, family.last()));
    }

    /** Age five on the first of September for kindergarten. */
    private static String birthday(SplittableRandom random, int grade) {
        return LocalDate.of(Grades.GRADUATING_YEAR - 7 - grade, 9, 2)
                .plusDays(random.nextInt(365))
                .toString();
    }

    private static String email(SplittableRandom random, int grade, String local) {
        int roll = random.nextInt(1000);
        if (grade <= 2 && roll < 700 || roll < 20) {
            return "";
        }
        return roll < 25 ? local : local + Emails.STUDENT_DOMAIN;
    }

    private static void address(Row.Builder row, SplittableRandom random, SchoolContext school) {
        if (Mix.chance(random, 0.05)) {
            return;
        }
        row.set(STUDENT_STREET, Places.street(random))
                .set(STUDENT_CITY, school.town())
                .set(STUDENT_STATE, school.state())
                .set(STUDENT_ZIP, school.zip());
    }

    private static List<Row> withContacts(Row.Builder row, List<Contacts.Contact> contacts) {
        if (contacts.isEmpty()) {
            return List.of(row.build());
        }
        List<Row> rows = new ArrayList<>(contacts.size());
        for (Contacts.Contact contact : contacts) {
            rows.add(row.set(CONTACT_RELATIONSHIP, contact.relationship())
                    .set(CONTACT_TYPE, contact.type())
                    .set(CONTACT_NAME, contact.name())
                    .set(CONTACT_PHONE, contact.phone())
                    .set(CONTACT_PHONE_TYPE, contact.phoneType())
                    .set(CONTACT_EMAIL, contact.email())
                    .set(CONTACT_SIS_ID, contact.id())
                    .build());
        }
        return rows;
    }
}
