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
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_EMAIL;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_NUMBER;
import static org.rosterbridge.clever.csv.StudentColumn.UNWEIGHTED_GPA;
import static org.rosterbridge.clever.csv.StudentColumn.USERNAME;
import static org.rosterbridge.clever.csv.StudentColumn.WEIGHTED_GPA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.Row;

/**
 * Students who enrol during a churn step, and contacts who are added: new ids, new names, a grade the
 * school teaches; the address of the student picked as template, as a new neighbour would have.
 */
final class NewStudents {

    private final ChurnContext context;

    NewStudents(ChurnContext context) {
        this.context = context;
    }

    List<Row> rows(Row template, String id) {
        SplittableRandom random = context.dice().random("enrol|" + id);
        long number = Math.max(0, Ids.STUDENT.number(id) - 1);
        ChurnState.School school = context.state().school(template.get(SCHOOL_ID));
        int grade = school.low() + random.nextInt(school.high() - school.low() + 1);
        Person person = NamePools.person(random);
        String local = Emails.localPart(person, 100_000 + number);
        Row.Builder row = StudentEdits.clearContact(template).toBuilder()
                .set(STUDENT_ID, id)
                .set(STUDENT_NUMBER, Long.toString(200_000 + number))
                .set(STATE_ID, Long.toString(6_000_000_000L + number))
                .set(LAST_NAME, person.last())
                .set(MIDDLE_NAME, person.middle())
                .set(FIRST_NAME, person.first())
                .set(GRADE, Grades.spelling(grade))
                .set(GRADUATION_YEAR, Integer.toString(Grades.graduationYear(grade)))
                .set(
                        DOB,
                        LocalDate.of(Grades.GRADUATING_YEAR - 7 - grade, 9, 2)
                                .plusDays(random.nextInt(365))
                                .toString())
                .set(STUDENT_EMAIL, grade <= 2 ? "" : local + Emails.STUDENT_DOMAIN)
                .set(USERNAME, local)
                .set(UNWEIGHTED_GPA, "")
                .set(WEIGHTED_GPA, "");
        Demographics.fill(row, random, grade);
        Row student = row.build();
        int contacts = random.nextInt(3);
        List<Row> rows = new ArrayList<>(Math.max(1, contacts));
        for (int k = 0; k < contacts; k++) {
            rows.add(withNewContact(student, k));
        }
        return rows.isEmpty() ? List.of(student) : rows;
    }

    /** {@code student}'s row carrying a new contact with a new id; {@code k} 0 is a parent. */
    Row withNewContact(Row student, int k) {
        String id = context.ids().next(Ids.CONTACT);
        SplittableRandom random = context.dice().random("contact|" + id);
        Person person = NamePools.person(random);
        if (k == 0) {
            person = person.withLast(student.get(LAST_NAME));
        }
        return student.toBuilder()
                .set(CONTACT_RELATIONSHIP, k == 0 ? "Parent" : "Grandparent")
                .set(CONTACT_TYPE, k == 0 ? "Parent/Guardian" : "Emergency")
                .set(CONTACT_NAME, person.full())
                .set(CONTACT_PHONE, Places.phone(random))
                .set(CONTACT_PHONE_TYPE, "Cell")
                .set(CONTACT_EMAIL, Emails.localPart(person, Ids.CONTACT.number(id)) + Emails.FAMILY_DOMAIN)
                .set(CONTACT_SIS_ID, id)
                .build();
    }
}
