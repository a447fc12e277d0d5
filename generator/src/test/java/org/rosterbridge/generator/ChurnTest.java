package org.rosterbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rosterbridge.clever.csv.CleverFile.ENROLLMENTS;
import static org.rosterbridge.clever.csv.CleverFile.SECTIONS;
import static org.rosterbridge.clever.csv.CleverFile.STUDENTS;
import static org.rosterbridge.clever.csv.CleverFile.TEACHERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/** Churn steps add, drop, move and edit records, and bring dropped ones back in later steps. */
class ChurnTest {

    @TempDir
    static Path root;

    static LoadedDistrict fresh;
    static LoadedDistrict first;
    static LoadedDistrict second;
    static GenerationSummary firstSummary;
    static GenerationSummary secondSummary;

    @BeforeAll
    static void churnTwice() {
        DistrictGenerator.generate(new GeneratorSettings(2_000, 21), root.resolve("0"));
        firstSummary = churn(0, 10, 1);
        secondSummary = churn(1, 10, 2);
        fresh = LoadedDistrict.load(root.resolve("0"));
        first = LoadedDistrict.load(root.resolve("1"));
        second = LoadedDistrict.load(root.resolve("2"));
    }

    static GenerationSummary churn(int step, int percent, long seed) {
        ChurnSettings settings = new ChurnSettings(root.resolve(Integer.toString(step)), percent, seed);
        return DistrictGenerator.churn(settings, root.resolve(Integer.toString(step + 1)), FallbackReader.best());
    }

    @Test
    void keepsEveryHardRuleOfCleverAfterEachStep() {
        assertThat(DistrictCheck.problems(first)).isEmpty();
        assertThat(DistrictCheck.problems(second)).isEmpty();
    }

    @Test
    void reportsAddsDropsMovesAndEditsOfEveryKind() {
        for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.DROPPED, ChangeKind.EDITED, ChangeKind.MOVED)) {
            assertThat(firstSummary.changed("students.csv", kind))
                    .as("students %s", kind)
                    .isPositive();
        }
        for (String file : List.of("teachers.csv", "sections.csv", ChangeCounter.CONTACTS)) {
            for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.DROPPED, ChangeKind.EDITED)) {
                assertThat(firstSummary.changed(file, kind))
                        .as("%s %s", file, kind)
                        .isPositive();
            }
        }
        assertThat(firstSummary.changed("enrollments.csv", ChangeKind.MOVED)).isPositive();
        assertThat(firstSummary.changed("students.csv", ChangeKind.DROPPED)).isBetween(40L, 100L);
    }

    @Test
    void dropsSomeStudentsAndAddsOthersWithNewIds() {
        Set<String> before = fresh.distinct(STUDENTS, "Student_id");
        Set<String> after = first.distinct(STUDENTS, "Student_id");
        Set<String> dropped = minus(before, after);
        Set<String> added = minus(after, before);
        assertThat(dropped).hasSize((int) firstSummary.changed("students.csv", ChangeKind.DROPPED));
        assertThat(added).hasSize((int) firstSummary.changed("students.csv", ChangeKind.ADDED));
        assertThat(added).allMatch(id -> id.compareTo("S0002000") > 0);
    }

    @Test
    void movesSomeStudentsToAnotherSchoolWithSectionsThere() {
        Map<String, String> schoolBefore = schoolOf(fresh);
        Map<String, String> schoolAfter = schoolOf(first);
        Set<String> moved = schoolAfter.keySet().stream()
                .filter(id ->
                        schoolBefore.containsKey(id) && !schoolBefore.get(id).equals(schoolAfter.get(id)))
                .collect(Collectors.toSet());
        assertThat(moved).hasSize((int) firstSummary.changed("students.csv", ChangeKind.MOVED));
        Map<String, Set<String>> enrolledAt = first.rows(ENROLLMENTS).stream()
                .collect(Collectors.groupingBy(
                        row -> row.get("Student_id"),
                        Collectors.mapping(row -> row.get("School_id"), Collectors.toSet())));
        assertThat(moved).anyMatch(id -> enrolledAt.getOrDefault(id, Set.of()).equals(Set.of(schoolAfter.get(id))));
    }

    @Test
    void editsNamesGradesAndEmailsInPlace() {
        Map<String, Map<String, String>> before = firstRowOf(fresh);
        Map<String, Map<String, String>> after = firstRowOf(first);
        for (String column : List.of("Last_name", "First_name", "Grade", "Student_email")) {
            assertThat(after.keySet())
                    .as(column)
                    .anyMatch(id -> before.containsKey(id)
                            && !before.get(id).get(column).equals(after.get(id).get(column)));
        }
    }

    @Test
    void bringsSomeDroppedStudentsBackUnchangedInTheNextStep() {
        Set<String> droppedFirst =
                minus(fresh.distinct(STUDENTS, "Student_id"), first.distinct(STUDENTS, "Student_id"));
        Set<String> back = new HashSet<>(droppedFirst);
        back.retainAll(second.distinct(STUDENTS, "Student_id"));

        assertThat(back).isNotEmpty().hasSizeLessThan(droppedFirst.size());
        assertThat(secondSummary.changed("students.csv", ChangeKind.REAPPEARED)).isEqualTo(back.size());
        Map<String, List<Map<String, String>>> freshRows = fresh.by(STUDENTS, "Student_id");
        Map<String, List<Map<String, String>>> secondRows = second.by(STUDENTS, "Student_id");
        for (String id : back) {
            assertThat(secondRows.get(id)).isEqualTo(freshRows.get(id));
        }
        assertThat(second.distinct(ENROLLMENTS, "Student_id")).containsAll(back);
    }

    @Test
    void bringsBackTeachersAndSectionsToo() {
        assertThat(secondSummary.changed("teachers.csv", ChangeKind.REAPPEARED)).isPositive();
        assertThat(secondSummary.changed("sections.csv", ChangeKind.REAPPEARED)).isPositive();
        Set<String> back = minus(fresh.distinct(SECTIONS, "Section_id"), first.distinct(SECTIONS, "Section_id"));
        back.retainAll(second.distinct(SECTIONS, "Section_id"));
        assertThat(back).isNotEmpty();
    }

    @Test
    void bringsEveryDroppedStudentBackWithinThreeSteps() {
        churn(2, 10, 3);
        churn(3, 10, 4);
        Set<String> dropped = minus(fresh.distinct(STUDENTS, "Student_id"), first.distinct(STUDENTS, "Student_id"));
        Set<String> seenLater = new HashSet<>(second.distinct(STUDENTS, "Student_id"));
        seenLater.addAll(LoadedDistrict.load(root.resolve("3")).distinct(STUDENTS, "Student_id"));
        seenLater.addAll(LoadedDistrict.load(root.resolve("4")).distinct(STUDENTS, "Student_id"));
        assertThat(seenLater).containsAll(dropped);
        assertThat(DistrictCheck.problems(LoadedDistrict.load(root.resolve("4"))))
                .isEmpty();
    }

    @Test
    void keepsHiredTeachersTeachingNewSections() {
        Set<String> hired = minus(first.distinct(TEACHERS, "Teacher_id"), fresh.distinct(TEACHERS, "Teacher_id"));
        assertThat(hired).isNotEmpty();
        assertThat(first.column(SECTIONS, "Teacher_id")).anyMatch(hired::contains);
    }

    @Test
    void copiesAFreshDistrictUnchangedAtZeroPercent(@TempDir Path out) {
        DistrictGenerator.churn(new ChurnSettings(root.resolve("0"), 0, 1), out, FallbackReader.best());

        Map<String, String> copy = DeterminismTest.contents(out);
        copy.remove(DistrictGenerator.HELD_FILE);
        assertThat(copy).isEqualTo(DeterminismTest.contents(root.resolve("0")));
    }

    @Test
    void refusesToWriteOverTheSnapshotItReads() {
        ChurnSettings settings = new ChurnSettings(root.resolve("0"), 5, 1);
        assertThatThrownBy(() -> DistrictGenerator.churn(settings, root.resolve("0"), FallbackReader.best()))
                .isInstanceOf(GeneratorException.class)
                .hasMessageContaining("another directory");
    }

    @Test
    void refusesASnapshotThatIsNotADirectory(@TempDir Path out) {
        ChurnSettings settings = new ChurnSettings(root.resolve("missing"), 5, 1);
        assertThatThrownBy(() -> DistrictGenerator.churn(settings, out, FallbackReader.best()))
                .isInstanceOf(GeneratorException.class)
                .hasMessageContaining("not a directory");
        assertThat(Files.exists(out.resolve("students.csv"))).isFalse();
    }

    private static Map<String, String> schoolOf(LoadedDistrict district) {
        return firstRowOf(district).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get("School_id")));
    }

    private static Map<String, Map<String, String>> firstRowOf(LoadedDistrict district) {
        return district.by(STUDENTS, "Student_id").entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get(0)));
    }

    private static Set<String> minus(Set<String> from, Set<String> removed) {
        Set<String> rest = new HashSet<>(from);
        rest.removeAll(removed);
        return rest;
    }
}
