package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

/** The guardian (contact) rules of students.csv. */
class GuardianRulesTest {

    private static Person person(String id, List<Person.Phone> phones, List<Person.EmailAddress> emails) {
        return new Person(id, "Pat", "Guard" + id, phones, emails);
    }

    private static Guardian guardian(String id, int priority, boolean correspondence, boolean custodial) {
        return new Guardian(person(id, List.of(), List.of()), "Mother", priority, correspondence, custodial);
    }

    private static List<Row> rows(List<Guardian> guardians) {
        SisStudent record = new SisStudent(Fixtures.student("S1", "E1", "01"), Map.of(), guardians, List.of());
        return StudentRows.rows(record, Fixtures.context(Fixtures.settings().build(), Fixtures.school("E1")));
    }

    @Test
    void guardianSelection() {
        List<Guardian> six = List.of(
                guardian("P6", 6, true, true),
                guardian("P2", 2, true, true),
                guardian("P1", 1, true, false),
                guardian("P3", 3, false, true),
                guardian("P4", 4, true, true),
                guardian("P5", 5, true, true),
                guardian("P7", 7, true, true),
                guardian("P0", 2, true, true));
        assertThat(GuardianRules.select(six))
                .extracting(g -> g.person().id())
                .as("both flags on, by priority, ties by People id, at most four")
                .containsExactly("P0", "P2", "P4", "P5");
        List<Row> rows = rows(six);
        assertThat(rows).extracting(r -> r.get(StudentColumn.CONTACT_SIS_ID)).containsExactly("P0", "P2", "P4", "P5");
        assertThat(rows).extracting(r -> r.get(StudentColumn.STUDENT_ID)).containsOnly("S1");
        assertThat(rows(List.of(guardian("P1", 1, false, false))))
                .singleElement()
                .satisfies(r -> assertThat(r.get(StudentColumn.CONTACT_SIS_ID)).isEmpty())
                .satisfies(r -> assertThat(r.get(StudentColumn.CONTACT_TYPE)).isEmpty());
    }

    @Test
    void guardianContact() {
        Person shared = person("P9", List.of(), List.of());
        Guardian mother = new Guardian(shared, "Mother", 1, true, true);
        Row row = rows(List.of(mother)).get(0);
        assertThat(row.get(StudentColumn.CONTACT_RELATIONSHIP)).isEqualTo("Mother");
        assertThat(row.get(StudentColumn.CONTACT_TYPE)).isEqualTo("Guardian");
        assertThat(row.get(StudentColumn.CONTACT_NAME)).isEqualTo("Pat GuardP9");
        assertThat(row.get(StudentColumn.CONTACT_SIS_ID))
                .as("the People primary key")
                .isEqualTo("P9");
        SisStudent sibling = new SisStudent(Fixtures.student("S2", "E1", "03"), Map.of(), List.of(mother), List.of());
        Row siblingRow = StudentRows.rows(
                        sibling, Fixtures.context(Fixtures.settings().build(), Fixtures.school("E1")))
                .get(0);
        assertThat(siblingRow.get(StudentColumn.CONTACT_SIS_ID))
                .as("shared by siblings")
                .isEqualTo("P9");
    }

    @Test
    void guardianPhone() {
        Person person = person(
                "P1",
                List.of(
                        new Person.Phone("555-0003", 3),
                        new Person.Phone("555-0001", 1),
                        new Person.Phone("555-0002", 2)),
                List.of());
        assertThat(GuardianRules.phone(person)).isEqualTo("555-0001");
        assertThat(GuardianRules.phone(person("P2", List.of(), List.of()))).isEmpty();
        Row row = rows(List.of(new Guardian(person, "Father", 1, true, true))).get(0);
        assertThat(row.get(StudentColumn.CONTACT_PHONE)).isEqualTo("555-0001");
        assertThat(row.get(StudentColumn.CONTACT_PHONE_TYPE)).isEmpty();
    }

    @Test
    void guardianEmail() {
        Person withPrimary = person(
                "P1",
                List.of(),
                List.of(
                        new Person.EmailAddress("first@home.example.org", false, 1),
                        new Person.EmailAddress("primary@home.example.org", true, 2)));
        Person withoutPrimary = person(
                "P2",
                List.of(),
                List.of(
                        new Person.EmailAddress("second@home.example.org", false, 2),
                        new Person.EmailAddress("first@home.example.org", false, 1)));
        assertThat(GuardianRules.email(withPrimary)).isEqualTo("primary@home.example.org");
        assertThat(GuardianRules.email(withoutPrimary)).isEqualTo("first@home.example.org");
        assertThat(GuardianRules.email(person("P3", List.of(), List.of()))).isEmpty();
    }
}
