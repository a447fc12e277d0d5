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

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Teachers leave (all their school rows at once), change name and with it e-mail (which their staff.csv
 * row follows), change title, and are hired, one school each. Edits depend only on the id and the row's
 * values, so a teacher's rows at two schools change alike.
 */
final class TeacherChurn implements FileChurn {

    private static final CleverFile FILE = CleverFile.TEACHERS;

    private final ChurnContext context;
    private final List<String> hiringSchools = new ArrayList<>();

    TeacherChurn(ChurnContext context) {
        this.context = context;
    }

    @Override
    public void accept(Row row) {
        String id = row.get(TEACHER_ID);
        context.ids().see(Ids.TEACHER, id);
        context.held().seen(FILE, id);
        ChurnDice dice = context.dice();
        if (dice.drops(FILE, id)) {
            context.drop(List.of(row));
            context.countOnce(FILE, ChangeKind.DROPPED, id);
            return;
        }
        if (dice.edits(FILE, id)) {
            row = edit(row, dice.random("teacher|" + id));
            context.countOnce(FILE, ChangeKind.EDITED, id);
        }
        context.write(row);
        context.state().teacher(row.get(SCHOOL_ID), id);
        if (dice.adds(FILE, id + '|' + row.get(SCHOOL_ID))) {
            hiringSchools.add(row.get(SCHOOL_ID));
        }
    }

    private Row edit(Row row, SplittableRandom random) {
        int what = random.nextInt(3);
        if (what == 0) {
            return rename(row, NamePools.last(random), random.nextInt(10_000));
        }
        if (what == 1) {
            return row.toBuilder()
                    .set(TITLE, Mix.chance(random, 0.5) ? "Lead Teacher" : "Teacher")
                    .build();
        }
        return row.toBuilder()
                .set(MIDDLE_NAME, row.has(MIDDLE_NAME) ? "" : NamePools.first(random))
                .build();
    }

    /** A new last name, and a new address when the old one was a full address. */
    private Row rename(Row row, String last, int number) {
        Row.Builder renamed = row.toBuilder().set(LAST_NAME, last);
        String email = row.get(TEACHER_EMAIL);
        if (email.contains("@")) {
            Person person = new Person(row.get(FIRST_NAME), "", last);
            String changed = Emails.localPart(person, number) + email.substring(email.indexOf('@'));
            context.state().changedEmails.put(email, changed);
            renamed.set(TEACHER_EMAIL, changed);
        }
        return renamed.build();
    }

    @Override
    public void finish() {
        for (String school : hiringSchools) {
            Row hired = hire(school, context.ids().next(Ids.TEACHER));
            context.write(hired);
            context.state().newTeacher(school, hired.get(TEACHER_ID));
            context.count(FILE, ChangeKind.ADDED);
        }
        for (Row back : context.held().returning(FILE, context.dice())) {
            if (context.state().schools.containsKey(back.get(SCHOOL_ID))) {
                context.write(back);
                context.state().teacher(back.get(SCHOOL_ID), back.get(TEACHER_ID));
                context.countOnce(FILE, ChangeKind.REAPPEARED, back.get(TEACHER_ID));
            }
        }
    }

    private Row hire(String school, String id) {
        SplittableRandom random = context.dice().random("hire|" + id);
        Person person = NamePools.person(random);
        String local = Emails.localPart(person, Ids.TEACHER.number(id));
        return Row.builder(FILE)
                .set(SCHOOL_ID, school)
                .set(TEACHER_ID, id)
                .set(TEACHER_NUMBER, Long.toString(50_000 + Ids.TEACHER.number(id)))
                .set(STATE_TEACHER_ID, Mix.chance(random, 0.6) ? "ED" + (7_000_000 + Ids.TEACHER.number(id)) : "")
                .set(TEACHER_EMAIL, local + Emails.STAFF_DOMAIN)
                .set(FIRST_NAME, person.first())
                .set(MIDDLE_NAME, person.middle())
                .set(LAST_NAME, person.last())
                .set(TITLE, "Teacher")
                .set(USERNAME, local)
                .build();
    }
}
