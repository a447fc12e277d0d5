package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.export.Fixtures.AS_OF;
import static org.rosterbridge.export.Fixtures.FUTURE;
import static org.rosterbridge.export.Fixtures.PAST;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** The sections.csv rules. */
class SectionRulesTest {

    @TempDir
    Path dir;

    private static CoTeacher co(String staffId, int sequence, LocalDate end) {
        return new CoTeacher(staffId, sequence, LocalDate.MIN, end);
    }

    @Test
    void sectionSelection() {
        FixtureSis sis = SmallDistrict.build();
        assertThat(sis.export(dir.resolve("current"), b -> b).column(CleverFile.SECTIONS, "Section_id"))
                .as("this year's classes, the summer school's included")
                .containsExactly("C1", "C2", "CF", "CS0");
        assertThat(sis.export(dir.resolve("next"), b -> b.sourceYear(SourceYear.NEXT))
                        .column(CleverFile.SECTIONS, "Section_id"))
                .containsExactly("C3", "CS1");
        assertThat(sis.export(dir.resolve("subject"), b -> b.filters(Fixtures.filter("subject", "Science")))
                        .column(CleverFile.SECTIONS, "Section_id"))
                .containsExactly("C2");
        assertThat(sis.export(dir.resolve("school"), b -> b.filters(Fixtures.filter("school", "H1")))
                        .column(CleverFile.SECTIONS, "Section_id"))
                .containsExactly("C2");
    }

    @Test
    void sectionStatusFilter() {
        FixtureSis sis = SmallDistrict.build();
        Student s1 = sis.students.get(0).student();
        sis.students.set(
                0, new SisStudent(s1, Map.of(StatusKind.MEAL, List.of(DatedCode.open("1"))), List.of(), List.of("C1")));
        FixtureSis.Exported out = sis.export(dir, b -> b.filters(Fixtures.filter("meal", "1")));
        assertThat(out.column(CleverFile.SECTIONS, "Section_id"))
                .as("only classes the chosen students take")
                .containsExactly("C1");
    }

    @Test
    void sectionTeacher() {
        FixtureSis sis = SmallDistrict.build();
        sis.staff.add(Fixtures.withAccount(Fixtures.staff("T8", "H1", "Teacher"), "uT1", List.of("H1")));
        sis.staff.set(0, Fixtures.withAccount(sis.staff.get(0), "uT1", List.of("E1")));
        sis.users.put("uT1", "T1");
        sis.classes.add(Fixtures.cls("C8", "H1", 2027, "T8"));
        sis.classes.add(Fixtures.cls("C9", "H1", 2027, "A1"));
        SisClass twoMeetings = Fixtures.withMeetings(
                Fixtures.cls("C7", "H1", 2027, "T2"),
                new MeetingTime("M2", 2, "T1", "5", "5", "", List.of()),
                new MeetingTime("M1", 1, "T2", "1", "1", "", List.of()));
        sis.classes.add(twoMeetings);
        FixtureSis.Exported out = sis.export(dir, b -> b);
        List<String> sections = new ArrayList<>();
        out.rows(CleverFile.SECTIONS).forEach(r -> sections.add(r.get("Section_id") + ":" + r.get("Teacher_id")));
        assertThat(sections)
                .contains("C7:T2", "C8:T1")
                .as("a class whose teacher is not a teacher is left out")
                .noneMatch(s -> s.startsWith("C9"));
        assertThat(out.report().warnings())
                .anyMatch(
                        w -> w.rule().equals("section-teacher") && w.location().contains("C9"));
    }

    @Test
    void sectionCoTeachers() {
        List<Staff> staff = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            staff.add(Fixtures.staff("T" + i, "E1", "Teacher"));
        }
        staff.set(11, Fixtures.withAccount(staff.get(11), "u2", List.of("E1")));
        staff.set(1, Fixtures.withAccount(staff.get(1), "u2", List.of("E1")));
        StaffIdentity identity = Fixtures.context(
                        Fixtures.settings().build(), List.of(Fixtures.school("E1")), staff, Map.of("u2", "T2"))
                .identity();
        MeetingTime meeting = new MeetingTime(
                "M1",
                1,
                "T1",
                "1",
                "1",
                "",
                List.of(
                        co("T3", 2, DatedCode.OPEN),
                        co("T2", 1, FUTURE),
                        co("T1", 3, DatedCode.OPEN),
                        co("T4", 4, PAST),
                        co("T12", 5, DatedCode.OPEN),
                        co("T5", 6, DatedCode.OPEN),
                        co("T6", 7, DatedCode.OPEN),
                        co("T7", 8, DatedCode.OPEN),
                        co("T8", 9, DatedCode.OPEN),
                        co("T9", 10, DatedCode.OPEN),
                        co("T10", 11, DatedCode.OPEN),
                        co("T11", 12, DatedCode.OPEN),
                        co("T13", 13, DatedCode.OPEN)));
        assertThat(SectionRules.coTeachers(meeting, AS_OF, identity))
                .as("by sequence; not ended; not the meeting's own teacher; primary users; no repeats; nine at most")
                .containsExactly("T2", "T3", "T5", "T6", "T7", "T8", "T9", "T10", "T11");
        MeetingTime own = new MeetingTime("M2", 1, "T1", "1", "1", "", List.of(co("T1", 1, DatedCode.OPEN)));
        assertThat(SectionRules.coTeachers(own, AS_OF, identity)).isEmpty();
    }

    @Test
    void sectionName() {
        SisClass cls = Fixtures.cls("C1", "E1", 2027, "T1");
        assertThat(SectionRules.name(cls)).isEqualTo("Algebra, 3");
    }

    @Test
    void sectionCourse(@TempDir Path temp) {
        FixtureSis sis = SmallDistrict.build();
        var row = sis.export(temp, b -> b).rows(CleverFile.SECTIONS).get(0);
        assertThat(row)
                .containsEntry("Section_id", "C1")
                .containsEntry("School_id", "E1")
                .containsEntry("Name", "Algebra, 3")
                .containsEntry("Section_number", "3")
                .containsEntry("Grade", "")
                .containsEntry("Course_name", "Algebra")
                .containsEntry("Course_number", "MATH-1")
                .containsEntry("Course_description", "Algebra one")
                .containsEntry("Subject", "Mathematics");
    }

    @Test
    void sectionPeriod() {
        assertThat(SectionRules.period(new MeetingTime("M", 1, "T", "2", "3", "Block A", List.of())))
                .isEqualTo("Block A");
        assertThat(SectionRules.period(new MeetingTime("M", 1, "T", "2", "3", "", List.of())))
                .isEqualTo("2-3");
        assertThat(SectionRules.period(new MeetingTime("M", 1, "T", "4", "4", "", List.of())))
                .isEqualTo("4-4");
        assertThat(SectionRules.period(new MeetingTime("M", 1, "T", "", "", "", List.of())))
                .isEmpty();
        FixtureSis sis = SmallDistrict.build();
        sis.classes.set(
                0,
                Fixtures.withMeetings(
                        sis.classes.get(0), new MeetingTime("M-C1", 1, "T1", "2", "3", "Morning block", List.of())));
        assertThat(sis.export(dir, b -> b).column(CleverFile.SECTIONS, "Period"))
                .as("the school's time equivalency for the first meeting's periods")
                .startsWith("Morning block", "2-3");
    }

    @Test
    void sectionTerm() {
        Semester s1 = new Semester("S1", "Semester 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31));
        Semester s2 = new Semester("S2", "Semester 2", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30));
        SisClass both = new SisClass("C", "E1", 2027, "A", "", "", "", "1", false, List.of(s2, s1), List.of());
        assertThat(SectionRules.term(both))
                .isEqualTo(new SectionRules.Term("Semester 1, Semester 2", "2026-09-01", "2027-06-30"));
        SisClass spring = new SisClass("C", "E1", 2027, "A", "", "", "", "1", false, List.of(s2), List.of());
        assertThat(SectionRules.term(spring))
                .isEqualTo(new SectionRules.Term("Semester 2", "2027-02-01", "2027-06-30"));
        SisClass none = new SisClass("C", "E1", 2027, "A", "", "", "", "1", false, List.of(), List.of());
        assertThat(SectionRules.term(none)).isEqualTo(new SectionRules.Term("", "", ""));
    }
}
