package org.rosterbridge.export;

/**
 * A hand-built district small enough to reason about: an elementary school E1, a high school H1 and a summer
 * school SU1; teachers T1 (E1), T2 (H1) and T3 (SU1); classes of this year (2027), next year (2028) and summer;
 * three students.
 */
final class SmallDistrict {
    private SmallDistrict() {}

    static FixtureSis build() {
        FixtureSis sis = new FixtureSis();
        sis.schools.add(Fixtures.school("E1"));
        sis.schools.add(Fixtures.school("H1", "High", false));
        sis.schools.add(Fixtures.school("SU1", "Summer", true));
        sis.staff.add(Fixtures.staff("T1", "E1", "Teacher"));
        sis.staff.add(Fixtures.staff("T2", "H1", "AIS Teacher"));
        sis.staff.add(Fixtures.staff("T3", "SU1", "Teacher"));
        sis.staff.add(Fixtures.staff("A1", "E1", "Principal"));
        sis.classes.add(Fixtures.cls("C1", "E1", 2027, "T1"));
        sis.classes.add(Fixtures.withSubject(Fixtures.cls("C2", "H1", 2027, "T2"), "Science", false));
        sis.classes.add(Fixtures.cls("C3", "E1", 2028, "T1"));
        sis.classes.add(Fixtures.withSubject(Fixtures.cls("CF", "E1", 2027, "T1"), "Mathematics", true));
        sis.classes.add(Fixtures.cls("CS0", "SU1", 2027, "T3"));
        sis.classes.add(Fixtures.cls("CS1", "SU1", 2028, "T3"));
        sis.students.add(
                Fixtures.record(Fixtures.nextYear(Fixtures.student("S1", "E1", "01"), "E1", "02"), "C1", "C3", "CF"));
        sis.students.add(Fixtures.record(Fixtures.student("S2", "H1", "09"), "C2"));
        sis.students.add(Fixtures.record(
                Fixtures.inSummerSchool(Fixtures.nextYear(Fixtures.student("S3", "E1", "01"), "E1", "02"), "SU1"),
                "C1",
                "CS0",
                "CS1"));
        return sis;
    }
}
