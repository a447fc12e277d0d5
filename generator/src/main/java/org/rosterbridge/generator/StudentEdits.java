package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_EMAIL;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_PHONE;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_PHONE_TYPE;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_RELATIONSHIP;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_SIS_ID;
import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_TYPE;
import static org.rosterbridge.clever.csv.StudentColumn.FIRST_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.GRADE;
import static org.rosterbridge.clever.csv.StudentColumn.GRADUATION_YEAR;
import static org.rosterbridge.clever.csv.StudentColumn.LAST_NAME;
import static org.rosterbridge.clever.csv.StudentColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_EMAIL;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * The changes to one student's rows: a new last or first name, a grade up or down, an e-mail added,
 * changed, removed or fixed; and per contact row a dropped link or (for every student sharing the
 * contact alike) a new phone number.
 */
final class StudentEdits {

    static final List<StudentColumn> CONTACT_COLUMNS = List.of(
            CONTACT_RELATIONSHIP,
            CONTACT_TYPE,
            CONTACT_NAME,
            CONTACT_PHONE,
            CONTACT_PHONE_TYPE,
            CONTACT_EMAIL,
            CONTACT_SIS_ID);

    private final ChurnContext context;
    private final NewStudents newStudents;

    StudentEdits(ChurnContext context) {
        this.context = context;
        this.newStudents = new NewStudents(context);
    }

    List<Row> apply(String id, List<Row> rows) {
        if (context.dice().edits(CleverFile.STUDENTS, id)) {
            rows = edit(rows, context.dice().random("student|" + id));
            context.count(CleverFile.STUDENTS, ChangeKind.EDITED);
        }
        return contacts(id, rows);
    }

    boolean wantsContact(String id) {
        return context.dice().contact("add", id);
    }

    List<Row> addContact(List<Row> rows) {
        Row contact = newStudents.withNewContact(rows.get(0), 1);
        context.counter().count(ChangeCounter.CONTACTS, ChangeKind.ADDED);
        List<Row> grown = new ArrayList<>(rows.size() + 1);
        if (rows.size() > 1 || hasContact(rows.get(0))) {
            grown.addAll(rows);
        }
        grown.add(contact);
        return grown;
    }

    List<Row> enrol(Row template, String id) {
        return newStudents.rows(template, id);
    }

    private List<Row> edit(List<Row> rows, SplittableRandom random) {
        Row first = rows.get(0);
        return switch (random.nextInt(4)) {
            case 0 -> rename(rows, NamePools.last(random));
            case 1 -> setAll(rows, FIRST_NAME, NamePools.first(random));
            case 2 -> regrade(rows, first);
            default -> setAll(rows, STUDENT_EMAIL, email(first, random));
        };
    }

    private static List<Row> rename(List<Row> rows, String last) {
        List<Row> renamed = setAll(rows, LAST_NAME, last);
        String email = rows.get(0).get(STUDENT_EMAIL);
        if (!email.contains("@")) {
            return renamed;
        }
        Person person = new Person(rows.get(0).get(FIRST_NAME), "", last);
        long number = 100_000 + Math.max(0, Ids.STUDENT.number(rows.get(0).get(STUDENT_ID)));
        return setAll(renamed, STUDENT_EMAIL, Emails.localPart(person, number) + Emails.STUDENT_DOMAIN);
    }

    /** Up a grade if the school teaches it, else down one; unknown grades stay. */
    private List<Row> regrade(List<Row> rows, Row first) {
        OptionalInt grade = Grades.parse(first.get(GRADE));
        if (grade.isEmpty()) {
            return rows;
        }
        ChurnState.School school = context.state().school(first.get(SCHOOL_ID));
        int up = grade.getAsInt() + 1;
        int changed = school.teaches(OptionalInt.of(up)) ? up : Math.max(Grades.PRE_K, grade.getAsInt() - 1);
        List<Row> regraded = setAll(rows, GRADE, Grades.spelling(changed));
        return first.has(GRADUATION_YEAR)
                ? setAll(regraded, GRADUATION_YEAR, Integer.toString(Grades.graduationYear(changed)))
                : regraded;
    }

    private static String email(Row first, SplittableRandom random) {
        String email = first.get(STUDENT_EMAIL);
        String local =
                Emails.slug(first.get(FIRST_NAME)) + "." + Emails.slug(first.get(LAST_NAME)) + random.nextInt(1000);
        if (email.isEmpty()) {
            return local + Emails.STUDENT_DOMAIN;
        }
        if (!email.contains("@")) {
            return email + Emails.STUDENT_DOMAIN;
        }
        return random.nextBoolean() ? "" : local + Emails.STUDENT_DOMAIN;
    }

    private List<Row> contacts(String id, List<Row> rows) {
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!hasContact(row)) {
                kept.add(row);
            } else if (context.dice().contact("drop", id + '|' + contactKey(row))) {
                context.counter().count(ChangeCounter.CONTACTS, ChangeKind.DROPPED);
            } else {
                kept.add(rephone(row));
            }
        }
        return kept.isEmpty() ? List.of(clearContact(rows.get(0))) : kept;
    }

    /** A new phone number, the same for every student who shares the contact. */
    private Row rephone(Row row) {
        String contact = row.get(CONTACT_SIS_ID);
        if (contact.isEmpty() || !context.dice().contact("phone", contact)) {
            return row;
        }
        context.counter().countOnce(ChangeCounter.CONTACTS, ChangeKind.EDITED, contact);
        String phone = Places.phone(context.dice().random("phone|" + contact));
        return row.toBuilder()
                .set(CONTACT_PHONE, phone)
                .set(CONTACT_PHONE_TYPE, row.has(CONTACT_PHONE_TYPE) ? row.get(CONTACT_PHONE_TYPE) : "Cell")
                .build();
    }

    static boolean hasContact(Row row) {
        return row.has(CONTACT_NAME) || row.has(CONTACT_SIS_ID);
    }

    private static String contactKey(Row row) {
        return row.has(CONTACT_SIS_ID) ? row.get(CONTACT_SIS_ID) : row.get(CONTACT_NAME);
    }

    static Row clearContact(Row row) {
        Row.Builder cleared = row.toBuilder();
        for (StudentColumn column : CONTACT_COLUMNS) {
            cleared.set(column, "");
        }
        return cleared.build();
    }

    static List<Row> setAll(List<Row> rows, StudentColumn column, String value) {
        List<Row> changed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            changed.add(row.toBuilder().set(column, value).build());
        }
        return changed;
    }
}
