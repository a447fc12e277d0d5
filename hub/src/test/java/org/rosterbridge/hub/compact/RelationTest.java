package org.rosterbridge.hub.compact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RelationTest {

    @Test
    void keepsEachSourcesTargetsAscendingWithoutRepeats() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int sources = 1 + random.nextInt(30);
            int targets = 1 + random.nextInt(30);
            List<TreeSet<Integer>> expected = expected(sources);
            IntList from = new IntList();
            IntList to = new IntList();
            for (int pair = random.nextInt(120); pair > 0; pair--) {
                int s = random.nextInt(sources);
                int t = random.nextInt(targets);
                from.add(s);
                to.add(t);
                expected.get(s).add(t);
            }
            Relation relation = Relation.of(sources, from, to);
            assertThat(relation.sources()).isEqualTo(sources);
            for (int s = 0; s < sources; s++) {
                assertThat(relation.targets(s)).containsExactly(ints(expected.get(s)));
                assertThat(relation.count(s)).isEqualTo(expected.get(s).size());
            }
            assertThat(relation.reversed(targets).reversed(sources).targetArray())
                    .as("reversing twice gives the relation back")
                    .containsExactly(relation.targetArray());
        }
    }

    @Test
    void mergesTwoRelationsSourceBySource() {
        Relation a = Relation.of(3, list(0, 0, 2), list(5, 1, 4));
        Relation b = Relation.of(3, list(0, 1, 2), list(1, 3, 9));

        Relation union = Relation.union(a, b);

        assertThat(union.targets(0)).containsExactly(1, 5);
        assertThat(union.targets(1)).containsExactly(3);
        assertThat(union.targets(2)).containsExactly(4, 9);
    }

    @Test
    void answersNothingForASourceOutsideTheRelation() {
        Relation relation = Relation.of(1, list(0), list(2));

        assertThat(relation.targets(-1)).isEmpty();
        assertThat(relation.count(1)).isZero();
        assertThat(Relation.EMPTY.sources()).isZero();
    }

    private static List<TreeSet<Integer>> expected(int sources) {
        List<TreeSet<Integer>> expected = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            expected.add(new TreeSet<>());
        }
        return expected;
    }

    private static int[] ints(TreeSet<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static IntList list(int... values) {
        IntList list = new IntList();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }
}
