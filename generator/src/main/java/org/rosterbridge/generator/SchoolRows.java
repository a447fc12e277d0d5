package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.SchoolColumn.HIGH_GRADE;
import static org.rosterbridge.clever.csv.SchoolColumn.LOW_GRADE;
import static org.rosterbridge.clever.csv.SchoolColumn.PRINCIPAL;
import static org.rosterbridge.clever.csv.SchoolColumn.PRINCIPAL_EMAIL;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_ADDRESS;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_CITY;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_NAME;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_NUMBER;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_PHONE;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_STATE;
import static org.rosterbridge.clever.csv.SchoolColumn.SCHOOL_ZIP;
import static org.rosterbridge.clever.csv.SchoolColumn.STATE_ID;

import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/** schools.csv rows; a few leave the optional columns empty, as small districts do. */
final class SchoolRows {

    private SchoolRows() {}

    static String id(int school) {
        return Ids.SCHOOL.of(school + 1L);
    }

    static Row row(DistrictPlan plan, int school) {
        SplittableRandom random = Mix.random(plan.seed, Stream.SCHOOL_ROW, school);
        boolean sparse = Mix.chance(random, 0.05);
        Row.Builder row = Row.builder(CleverFile.SCHOOLS)
                .set(SCHOOL_ID, id(school))
                .set(SCHOOL_NAME, Places.schoolName(school, plan.levels[school]))
                .set(SCHOOL_NUMBER, Integer.toString(100 + school))
                .set(LOW_GRADE, Grades.spelling(plan.lowGrade[school]))
                .set(HIGH_GRADE, Grades.spelling(plan.highGrade(school)));
        if (sparse) {
            return row.build();
        }
        Person principal = NamePools.person(random);
        return row.set(STATE_ID, Mix.chance(random, 0.8) ? "ST" + (40_000 + school) : "")
                .set(PRINCIPAL, principal.first() + " " + principal.last())
                .set(PRINCIPAL_EMAIL, Emails.localPart(principal, school) + Emails.STAFF_DOMAIN)
                .set(SCHOOL_ADDRESS, Places.street(random))
                .set(SCHOOL_CITY, Places.town(plan.seed, school))
                .set(SCHOOL_STATE, Places.state(plan.seed))
                .set(SCHOOL_ZIP, Places.zip(plan.seed, school))
                .set(SCHOOL_PHONE, Places.phone(random))
                .build();
    }
}
