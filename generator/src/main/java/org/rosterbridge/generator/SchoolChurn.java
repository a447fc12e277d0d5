package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.SchoolColumn.HIGH_GRADE;
import static org.rosterbridge.clever.csv.SchoolColumn.LOW_GRADE;
import static org.rosterbridge.clever.csv.SchoolColumn.PRINCIPAL;
import static org.rosterbridge.clever.csv.SchoolColumn.PRINCIPAL_EMAIL;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_PHONE;

import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Schools are never dropped or added (that would move thousands of records at once, a rollover rather
 * than churn); some get a new principal or phone number.
 */
final class SchoolChurn implements FileChurn {

    private final ChurnContext context;

    SchoolChurn(ChurnContext context) {
        this.context = context;
    }

    @Override
    public void accept(Row row) {
        String id = row.get(SCHOOL_ID);
        int low = Grades.parse(row.get(LOW_GRADE)).orElse(Grades.KINDERGARTEN);
        int high = Grades.parse(row.get(HIGH_GRADE)).orElse(Grades.TWELFTH);
        context.state().schools.put(id, new ChurnState.School(id, low, high));
        if (context.dice().edits(CleverFile.SCHOOLS, id)) {
            row = edit(row, context.dice().random("school|" + id));
            context.count(CleverFile.SCHOOLS, ChangeKind.EDITED);
        }
        context.write(row);
    }

    private static Row edit(Row row, SplittableRandom random) {
        if (random.nextBoolean()) {
            return row.toBuilder().set(SCHOOL_PHONE, Places.phone(random)).build();
        }
        Person principal = NamePools.person(random);
        return row.toBuilder()
                .set(PRINCIPAL, principal.full())
                .set(PRINCIPAL_EMAIL, Emails.localPart(principal, random.nextInt(1000)) + Emails.STAFF_DOMAIN)
                .build();
    }

    @Override
    public void finish() {
        // schools are neither added nor brought back
    }
}
