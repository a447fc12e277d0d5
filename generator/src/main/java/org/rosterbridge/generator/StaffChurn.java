package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StaffColumn.DEPARTMENT;
import static org.rosterbridge.clever.csv.StaffColumn.FIRST_NAME;
import static org.rosterbridge.clever.csv.StaffColumn.LAST_NAME;
import static org.rosterbridge.clever.csv.StaffColumn.ROLE;
import static org.rosterbridge.clever.csv.StaffColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.StaffColumn.STAFF_EMAIL;
import static org.rosterbridge.clever.csv.StaffColumn.STAFF_ID;
import static org.rosterbridge.clever.csv.StaffColumn.TITLE;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Staff leave, are hired, change title or become (or stop being) a School Tech Lead. A staff row whose
 * e-mail a teacher edit changed follows it, so a teacher who is also staff stays one person.
 */
final class StaffChurn implements FileChurn {

    private static final CleverFile FILE = CleverFile.STAFF;
    private static final String[] TITLES = {"Office Manager", "Counselor", "Registrar", "Librarian", "Nurse"};

    private final ChurnContext context;
    private final List<String> hiringSchools = new ArrayList<>();

    StaffChurn(ChurnContext context) {
        this.context = context;
    }

    @Override
    public void accept(Row row) {
        String id = row.get(STAFF_ID);
        context.ids().see(Ids.STAFF, id);
        context.held().seen(FILE, id);
        String email = context.state().changedEmails.get(row.get(STAFF_EMAIL));
        if (email != null) {
            row = row.toBuilder().set(STAFF_EMAIL, email).build();
        }
        ChurnDice dice = context.dice();
        if (dice.drops(FILE, id)) {
            context.drop(List.of(row));
            context.countOnce(FILE, ChangeKind.DROPPED, id);
            return;
        }
        if (dice.edits(FILE, id)) {
            row = edit(row, dice.random("staff|" + id));
            context.countOnce(FILE, ChangeKind.EDITED, id);
        }
        context.write(row);
        if (dice.adds(FILE, id + '|' + row.get(SCHOOL_ID))) {
            hiringSchools.add(row.get(SCHOOL_ID));
        }
    }

    private static Row edit(Row row, SplittableRandom random) {
        if (random.nextBoolean()) {
            return row.toBuilder()
                    .set(ROLE, row.has(ROLE) ? "" : StaffRows.TECH_LEAD)
                    .build();
        }
        return row.toBuilder().set(TITLE, Mix.pick(random, TITLES)).build();
    }

    @Override
    public void finish() {
        if (!context.files().writes(FILE)) {
            return;
        }
        for (String school : hiringSchools) {
            context.write(hire(school, context.ids().next(Ids.STAFF)));
            context.count(FILE, ChangeKind.ADDED);
        }
        for (Row back : context.held().returning(FILE, context.dice())) {
            if (context.state().schools.containsKey(back.get(SCHOOL_ID))) {
                context.write(back);
                context.countOnce(FILE, ChangeKind.REAPPEARED, back.get(STAFF_ID));
            }
        }
    }

    private Row hire(String school, String id) {
        SplittableRandom random = context.dice().random("hire|" + id);
        Person person = NamePools.person(random);
        return Row.builder(FILE)
                .set(SCHOOL_ID, school)
                .set(STAFF_ID, id)
                .set(STAFF_EMAIL, Emails.localPart(person, 900_000L + Ids.STAFF.number(id)) + Emails.STAFF_DOMAIN)
                .set(FIRST_NAME, person.first())
                .set(LAST_NAME, person.last())
                .set(DEPARTMENT, "Administration")
                .set(TITLE, Mix.pick(random, TITLES))
                .build();
    }
}
