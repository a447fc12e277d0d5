package org.rosterbridge.clever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RosterDiffTest {

    private static final CleverId DISTRICT = id(0);

    @Test
    void reportsCreatedUpdatedAndDeletedInIdOrder() {
        List<Course> before = List.of(course(1, "Algebra"), course(2, "Biology"), course(4, "Chemistry"));
        List<Course> after = List.of(course(2, "Biology II"), course(3, "Drama"), course(4, "Chemistry"));

        List<Change<Course>> changes = RosterDiff.between(before, after);

        assertThat(changes)
                .containsExactly(
                        new Change.Deleted<>(course(1, "Algebra")),
                        new Change.Updated<>(course(2, "Biology"), course(2, "Biology II")),
                        new Change.Created<>(course(3, "Drama")));
    }

    @Test
    void findsNothingBetweenEqualRosters() {
        List<Course> courses = List.of(course(1, "Algebra"), course(2, "Biology"));

        assertThat(RosterDiff.between(courses, List.copyOf(courses))).isEmpty();
    }

    @Test
    void rejectsInputOutOfIdOrder() {
        List<Course> unordered = List.of(course(2, "B"), course(1, "A"));

        assertThatIllegalArgumentException().isThrownBy(() -> RosterDiff.between(unordered, List.of()));
    }

    @Test
    void replayingChangesOnBeforeGivesAfter() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            TreeMap<CleverId, Course> before = randomCourses(random);
            TreeMap<CleverId, Course> after = randomCourses(random);

            TreeMap<CleverId, Course> replayed = new TreeMap<>(before);
            for (Change<Course> change : RosterDiff.between(before.values(), after.values())) {
                apply(replayed, change);
            }

            assertThat(replayed).isEqualTo(after);
        }
    }

    private static void apply(TreeMap<CleverId, Course> state, Change<Course> change) {
        if (change instanceof Change.Deleted<Course> deleted) {
            state.remove(deleted.id());
        } else if (change instanceof Change.Updated<Course> updated) {
            state.put(updated.id(), updated.after());
        } else if (change instanceof Change.Created<Course> created) {
            state.put(created.id(), created.after());
        }
    }

    private static TreeMap<CleverId, Course> randomCourses(Random random) {
        TreeMap<CleverId, Course> courses = new TreeMap<>();
        List<String> names = new ArrayList<>(List.of("Algebra", "Biology", "Chemistry"));
        for (int i = 0; i < 12; i++) {
            if (random.nextBoolean()) {
                courses.put(id(i), course(i, names.get(random.nextInt(names.size()))));
            }
        }
        return courses;
    }

    private static Course course(int n, String name) {
        return new Course(id(n), DISTRICT, name, "C" + n);
    }

    private static CleverId id(int n) {
        return CleverId.of(String.format("%024x", n));
    }
}
