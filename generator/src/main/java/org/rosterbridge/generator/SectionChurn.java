package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.SectionColumn.COURSE_NAME;
import static org.rosterbridge.clever.csv.SectionColumn.GRADE;
import static org.rosterbridge.clever.csv.SectionColumn.NAME;
import static org.rosterbridge.clever.csv.SectionColumn.PERIOD;
import static org.rosterbridge.clever.csv.SectionColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.SectionColumn.SECTION_ID;
import static org.rosterbridge.clever.csv.SectionColumn.SECTION_NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Sections close, open (a copy of an existing one with a new id, taught by a newly hired teacher of the
 * school when there is one), change period or teachers. Teachers who left are taken off their sections;
 * a section left without any takes another teacher of its school.
 */
final class SectionChurn implements FileChurn {

    private static final CleverFile FILE = CleverFile.SECTIONS;

    private final ChurnContext context;
    private final SectionTeachers teachers;
    private final List<Row> templates = new ArrayList<>();

    SectionChurn(ChurnContext context) {
        this.context = context;
        this.teachers = new SectionTeachers(context);
    }

    @Override
    public void accept(Row row) {
        String id = row.get(SECTION_ID);
        context.ids().see(Ids.SECTION, id);
        context.held().seen(FILE, id);
        ChurnDice dice = context.dice();
        if (dice.drops(FILE, id)) {
            context.drop(List.of(row));
            context.count(FILE, ChangeKind.DROPPED);
            return;
        }
        Optional<Row> staffed = teachers.staffed(row);
        if (staffed.isEmpty()) {
            return;
        }
        row = staffed.get();
        if (dice.edits(FILE, id)) {
            row = edit(row, dice.random("section|" + id));
            context.count(FILE, ChangeKind.EDITED);
        }
        keep(row);
        if (dice.adds(FILE, id)) {
            templates.add(row);
        }
    }

    private Row edit(Row row, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> withPeriod(row, 1 + random.nextInt(8));
            case 1 -> teachers.swapPrimary(row, random);
            default -> teachers.addCoTeacher(row, random);
        };
    }

    private static Row withPeriod(Row row, int period) {
        String name = row.has(COURSE_NAME) ? row.get(COURSE_NAME) + " - Period " + period : row.get(NAME);
        return row.toBuilder()
                .set(PERIOD, Integer.toString(period))
                .set(NAME, name)
                .build();
    }

    private ChurnState.Section keep(Row row) {
        context.write(row);
        return context.state().section(row.get(SECTION_ID), row.get(SCHOOL_ID), row.get(GRADE));
    }

    @Override
    public void finish() {
        for (Row template : templates) {
            String id = context.ids().next(Ids.SECTION);
            SplittableRandom random = context.dice().random("open|" + id);
            Row opened = withPeriod(template.toBuilder().set(SECTION_ID, id).build(), 1 + random.nextInt(8));
            opened = teachers.newlyStaffed(opened.toBuilder()
                    .set(SECTION_NUMBER, Long.toString(Ids.SECTION.number(id)))
                    .build());
            context.state().unseated.add(keep(opened));
            context.count(FILE, ChangeKind.ADDED);
        }
        for (Row back : context.held().returning(FILE, context.dice())) {
            Optional<Row> staffed = context.state().schools.containsKey(back.get(SCHOOL_ID))
                    ? teachers.staffed(back)
                    : Optional.empty();
            if (staffed.isPresent()) {
                context.state().unseated.add(keep(staffed.get()));
                context.count(FILE, ChangeKind.REAPPEARED);
            }
        }
    }
}
