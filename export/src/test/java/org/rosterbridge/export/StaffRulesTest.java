package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StaffColumn;

/** The staff.csv rules. */
class StaffRulesTest {

    @TempDir
    Path dir;

    private static List<String> staffRows(List<Staff> staff, Map<String, String> users) {
        ExportContext context = Fixtures.context(
                Fixtures.settings().build(),
                List.of(Fixtures.school("E1"), Fixtures.school("H1", "High", false)),
                staff,
                users);
        return StaffRows.rows(context).stream()
                .map(r -> r.get(StaffColumn.STAFF_ID) + "@" + r.get(StaffColumn.SCHOOL_ID))
                .toList();
    }

    @Test
    void staffImportType() {
        FixtureSis sis = SmallDistrict.build();
        assertThat(sis.export(dir.resolve("without"), b -> b).files()).doesNotContainKey(CleverFile.STAFF);
        Path out = dir.resolve("with");
        assertThat(sis.export(out, b -> b.includeStaff(true)).files()).containsKey(CleverFile.STAFF);
        assertThat(out.resolve("out/staff.csv")).exists();
        sis.export(out, b -> b);
        assertThat(out.resolve("out/staff.csv"))
                .as("a later export without staff leaves no stale staff.csv")
                .doesNotExist();
    }

    @Test
    void staffSelection() {
        List<Staff> staff = List.of(
                Fixtures.staff("A1", "E1", "Principal"),
                Fixtures.withAccount(Fixtures.staff("A2", "E1", "Aide"), "", List.of("E1")),
                Fixtures.staff("A3", "E1", "Principal", "Teacher"),
                Fixtures.inactive(Fixtures.staff("A4", "E1", "Principal")),
                Fixtures.staff("T1", "E1", "Teacher"),
                Fixtures.withAccount(Fixtures.staff("A5", "E1", "Counselor"), "uA5", List.of("E1", "H1")));
        assertThat(staffRows(staff, Map.of()))
                .as("active, with a user account, no teacher type; one row per school")
                .containsExactly("A1@E1", "A5@E1", "A5@H1");
    }

    @Test
    void staffCleverAdmin() {
        List<Staff> staff = List.of(
                Fixtures.staff("A1", "E1", "Principal"),
                Fixtures.withAccount(Fixtures.staff("C1", "E1", "Clever Admin"), "", List.of("E1")),
                Fixtures.staff("C2", "H1", "Clever Admin", "Teacher"));
        assertThat(staffRows(staff, Map.of()))
                .as("only Clever Admins, with or without account")
                .containsExactly("C1@E1", "C2@H1");
        List<Staff> inactiveAdmin = List.of(
                Fixtures.staff("A1", "E1", "Principal"), Fixtures.inactive(Fixtures.staff("C1", "E1", "Clever Admin")));
        assertThat(staffRows(inactiveAdmin, Map.of()))
                .as("an inactive Clever Admin does not switch")
                .containsExactly("A1@E1");
    }

    @Test
    void staffId() {
        Staff home = Fixtures.withAccount(Fixtures.staff("A1", "E1", "Principal"), "pat", List.of("E1"));
        Staff away = Fixtures.withAccount(Fixtures.staff("A9", "H1", "Principal"), "pat", List.of("H1"));
        assertThat(staffRows(List.of(home, away), Map.of("pat", "A1"))).containsExactly("A1@E1", "A1@H1");
        Staff adminAway = Fixtures.withAccount(Fixtures.staff("C9", "H1", "Clever Admin"), "kim", List.of("H1"));
        Staff adminHome = Fixtures.withAccount(Fixtures.staff("C1", "E1", "Clever Admin"), "kim", List.of("E1"));
        assertThat(staffRows(List.of(adminHome, adminAway), Map.of("kim", "C1")))
                .as("a Clever Admin keeps their own staff id")
                .containsExactly("C1@E1", "C9@H1");
    }

    @Test
    void staffTitle() {
        assertThat(StaffRules.title(Fixtures.staff("C1", "E1", "Clever Admin", "School Tech Lead")))
                .isEqualTo("STL");
        assertThat(StaffRules.title(Fixtures.staff("C1", "E1", "Clever Admin"))).isEmpty();
        assertThat(StaffRules.title(Fixtures.staff("C1", "E1", "School Tech Lead")))
                .isEmpty();
    }

    @Test
    void staffFields() {
        Row row = StaffRows.row(Fixtures.staff("A1", "E1", "Principal"), "A1", "E1", false);
        assertThat(row.get(StaffColumn.STAFF_EMAIL)).isEqualTo("A1@staff.example.org");
        assertThat(row.get(StaffColumn.FIRST_NAME)).isEqualTo("FirstA1");
        assertThat(row.get(StaffColumn.LAST_NAME)).isEqualTo("LastA1");
        assertThat(row.get(StaffColumn.DEPARTMENT)).isEqualTo("Dept");
        assertThat(row.get(StaffColumn.USERNAME)).isEqualTo("int-A1");
        assertThat(row.get(StaffColumn.PASSWORD)).isEmpty();
        assertThat(row.get(StaffColumn.ROLE)).isEmpty();
    }
}
