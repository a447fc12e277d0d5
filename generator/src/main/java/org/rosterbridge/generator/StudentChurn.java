package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.StudentColumn.CONTACT_SIS_ID;
import static org.rosterbridge.clever.csv.StudentColumn.GRADE;
import static org.rosterbridge.clever.csv.StudentColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.StudentColumn.STUDENT_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Students leave (every row), move school, change name, grade or e-mail, gain or lose contacts, and
 * enrol (a new student at the school of one picked as a template). A student's rows are consecutive in
 * the files this module writes; they are handled as one group, so every row of a student changes alike.
 * Students whose rows need new ids (new students, new contacts) are written after the last read row,
 * once every id in the file has been seen.
 */
final class StudentChurn implements FileChurn {

    private static final CleverFile FILE = CleverFile.STUDENTS;

    private final ChurnContext context;
    private final StudentEdits edits;
    private final List<Row> group = new ArrayList<>();
    private final List<List<Row>> waitingForContacts = new ArrayList<>();
    private final List<Row> templates = new ArrayList<>();

    StudentChurn(ChurnContext context) {
        this.context = context;
        this.edits = new StudentEdits(context);
    }

    @Override
    public void accept(Row row) {
        if (!group.isEmpty() && !group.get(0).get(STUDENT_ID).equals(row.get(STUDENT_ID))) {
            flush();
        }
        group.add(row);
        context.ids().see(Ids.CONTACT, row.get(CONTACT_SIS_ID));
    }

    private void flush() {
        List<Row> rows = List.copyOf(group);
        group.clear();
        String id = rows.get(0).get(STUDENT_ID);
        context.ids().see(Ids.STUDENT, id);
        context.held().seen(FILE, id);
        if (context.dice().drops(FILE, id)) {
            context.drop(rows);
            context.count(FILE, ChangeKind.DROPPED);
            return;
        }
        rows = edits.apply(id, move(id, rows));
        if (context.state().movedStudents.containsKey(id)) {
            context.state().movedStudents.put(id, enrollee(rows.get(0)));
        }
        if (context.dice().adds(FILE, id)) {
            templates.add(rows.get(0));
        }
        if (edits.wantsContact(id)) {
            waitingForContacts.add(rows);
        } else {
            keep(rows);
        }
    }

    /** About a tenth of the percentage move to another school that teaches their grade. */
    private List<Row> move(String id, List<Row> rows) {
        if (!context.dice().movesSchool(id)) {
            return rows;
        }
        String from = rows.get(0).get(SCHOOL_ID);
        OptionalInt grade = Grades.parse(rows.get(0).get(GRADE));
        List<String> candidates = new ArrayList<>();
        for (ChurnState.School school : context.state().schools.values()) {
            if (!school.id().equals(from) && school.teaches(grade)) {
                candidates.add(school.id());
            }
        }
        if (candidates.isEmpty()) {
            return rows;
        }
        String to = candidates.get(context.dice().random("move|" + id).nextInt(candidates.size()));
        context.state().movedStudents.put(id, new ChurnState.Enrollee(id, to, ""));
        context.count(FILE, ChangeKind.MOVED);
        return StudentEdits.setAll(rows, SCHOOL_ID, to);
    }

    private void keep(List<Row> rows) {
        rows.forEach(context::write);
        Row first = rows.get(0);
        context.state().student(first.get(STUDENT_ID), first.get(SCHOOL_ID), first.get(GRADE));
    }

    @Override
    public void finish() {
        if (!group.isEmpty()) {
            flush();
        }
        for (List<Row> rows : waitingForContacts) {
            keep(edits.addContact(rows));
        }
        for (Row template : templates) {
            List<Row> rows = edits.enrol(template, context.ids().next(Ids.STUDENT));
            keep(rows);
            context.state().enrollees.add(enrollee(rows.get(0)));
            context.count(FILE, ChangeKind.ADDED);
        }
        returning();
    }

    private void returning() {
        List<Row> back = context.held().returning(FILE, context.dice());
        for (int start = 0, end; start < back.size(); start = end) {
            String id = back.get(start).get(STUDENT_ID);
            end = start;
            while (end < back.size() && back.get(end).get(STUDENT_ID).equals(id)) {
                end++;
            }
            List<Row> rows = back.subList(start, end);
            if (context.state().schools.containsKey(rows.get(0).get(SCHOOL_ID))) {
                keep(rows);
                context.state().enrollees.add(enrollee(rows.get(0)));
                context.count(FILE, ChangeKind.REAPPEARED);
            }
        }
    }

    private static ChurnState.Enrollee enrollee(Row row) {
        return new ChurnState.Enrollee(row.get(STUDENT_ID), row.get(SCHOOL_ID), row.get(GRADE));
    }
}
