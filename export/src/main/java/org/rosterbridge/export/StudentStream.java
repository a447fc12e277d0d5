package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the student-ordered tables side by side, handing out one {@link SisStudent} at a time, so that
 * memory holds one student's rows, never a district's. Every such table must be in {@code student_id}
 * order; a table that is not stops the export ({@code extract-order}).
 */
final class StudentStream implements AutoCloseable {
    private final OrderedCursor students;
    private final Map<StatusKind, OrderedCursor> codes = new EnumMap<>(StatusKind.class);
    private final OrderedCursor guardians;
    private final OrderedCursor enrollments;
    private final PersonDirectory people;
    private final Problems problems;

    StudentStream(SisReader reader, PersonDirectory people, Problems problems) {
        this.students = cursor(reader, SisTable.STUDENTS);
        for (StatusKind kind : StatusKind.values()) {
            codes.put(kind, cursor(reader, kind.table()));
        }
        this.guardians = cursor(reader, SisTable.GUARDIANS);
        this.enrollments = cursor(reader, SisTable.ENROLLMENTS);
        this.people = people;
        this.problems = problems;
    }

    private static OrderedCursor cursor(SisReader reader, SisTable table) {
        return new OrderedCursor(reader.open(table), table);
    }

    /** Hands every student, in id order, to {@code sink}. */
    void forEach(java.util.function.Consumer<SisStudent> sink) {
        String previous = null;
        while (students.advance()) {
            SisRow row = students.row();
            String id = row.text("student_id");
            if (id.equals(previous)) {
                problems.error(row.where("student_id"), "extract-duplicate", "student " + id + " appears twice");
                continue;
            }
            previous = id;
            sink.accept(assemble(row, id));
        }
    }

    private SisStudent assemble(SisRow row, String id) {
        Map<StatusKind, List<DatedCode>> found = new EnumMap<>(StatusKind.class);
        codes.forEach((kind, cursor) -> found.put(kind, datedCodes(cursor.rowsFor(id))));
        List<Guardian> links = new ArrayList<>();
        for (SisRow link : guardians.rowsFor(id)) {
            guardian(link).ifPresent(links::add);
        }
        List<SisRow> rows = enrollments.rowsFor(id);
        List<String> classIds = new ArrayList<>(rows.size());
        if (!rows.isEmpty()) {
            int classColumn = SisTable.ENROLLMENTS.column("class_id");
            for (SisRow enrollment : rows) {
                classIds.add(enrollment.text(classColumn));
            }
        }
        return new SisStudent(student(row), found, links, classIds);
    }

    private static List<DatedCode> datedCodes(List<SisRow> rows) {
        List<DatedCode> result = new ArrayList<>(rows.size());
        for (SisRow row : rows) {
            result.add(new DatedCode(
                    row.text("code"), row.date("start_date", LocalDate.MIN), row.date("end_date", DatedCode.OPEN)));
        }
        return result;
    }

    private java.util.Optional<Guardian> guardian(SisRow link) {
        String personId = link.text("person_id");
        java.util.Optional<Person> person = people.person(personId);
        if (person.isEmpty()) {
            problems.warning(
                    link.where("person_id"),
                    "extract-reference",
                    "People record " + personId + " not found; guardian left out");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Guardian(
                person.get(),
                link.text("relationship"),
                link.integer("priority", Integer.MAX_VALUE),
                link.flag("correspondence"),
                link.flag("custodial_parent")));
    }

    static Student student(SisRow row) {
        LocalDate dob = row.date("dob", LocalDate.MIN);
        return new Student(
                row.text("student_id"),
                row.flag("active"),
                row.text("id_number"),
                row.text("state_id"),
                row.text("integration_id"),
                row.text("last_name"),
                row.text("middle_name"),
                row.text("first_name"),
                row.text("gender"),
                row.text("graduation_year"),
                dob.equals(LocalDate.MIN) ? "" : dob.toString(),
                row.text("race"),
                row.flag("hispanic"),
                row.text("language"),
                row.text("current_school_id"),
                row.text("current_grade"),
                row.text("scheduling_school_id"),
                row.text("scheduling_grade"),
                row.text("summer_school_id"),
                new MailingAddress(
                        row.text("street_number"),
                        row.text("street_suffix"),
                        row.text("street_name"),
                        row.text("city"),
                        row.text("state"),
                        row.text("zip")),
                row.text("email"));
    }

    @Override
    public void close() {
        students.close();
        codes.values().forEach(OrderedCursor::close);
        guardians.close();
        enrollments.close();
    }

    /** A cursor over a student-ordered table that checks the order and can hand out one student's rows. */
    private static final class OrderedCursor implements AutoCloseable {
        private final TableCursor cursor;
        private final int keyColumn;
        private SisRow pending;
        private String lastKey = "";
        private boolean started;

        OrderedCursor(TableCursor cursor, SisTable table) {
            this.cursor = cursor;
            this.keyColumn = table.column("student_id");
        }

        boolean advance() {
            if (!cursor.advance()) {
                pending = null;
                return false;
            }
            pending = cursor.row();
            String key = pending.text(keyColumn);
            if (key.compareTo(lastKey) < 0) {
                throw new ExportException(pending.where("student_id") + " extract-order "
                        + pending.table().fileName() + " is not in student_id order (student " + key + " after "
                        + lastKey + ")");
            }
            lastKey = key;
            return true;
        }

        SisRow row() {
            return pending;
        }

        /** The rows of student {@code id}, skipping rows of students before it that the students table lacks. */
        List<SisRow> rowsFor(String id) {
            if (!started) {
                started = true;
                advance();
            }
            while (pending != null && pending.text(keyColumn).compareTo(id) < 0) {
                advance();
            }
            List<SisRow> rows = new ArrayList<>(2);
            while (pending != null && pending.text(keyColumn).equals(id)) {
                rows.add(pending);
                advance();
            }
            return rows;
        }

        @Override
        public void close() {
            cursor.close();
        }
    }
}
