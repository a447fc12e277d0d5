package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link IdIndex} and {@link LongSet} behave like the JDK collections they stand in for. */
class CompactSetsTest {

    private static final long SEED = 42L;

    @Test
    void idIndexNumbersIdsLikeAHashMap() {
        Random random = new Random(SEED);
        IdIndex index = new IdIndex();
        Map<String, Integer> model = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String id = randomId(random);
            int added = index.add(id, i + 2L);
            Integer known = model.putIfAbsent(id, model.size());
            if (known == null ? added != model.get(id) : ~added != known) {
                wrong.add(id);
            }
        }
        model.forEach((id, number) -> {
            if (index.find(id) != number) {
                wrong.add(id);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(index.size()).isEqualTo(model.size());
        assertThat(index.find("never-added")).isEqualTo(-1);
    }

    @Test
    void idIndexTellsApartIdsThatShareAPrefixOrDifferOnlyBeyondAscii() {
        IdIndex index = new IdIndex();
        index.add("S1", 2);
        index.add("S1\u0100", 3);
        index.add("S1\u0001", 4);

        assertThat(index.find("S1")).isZero();
        assertThat(index.find("S1\u0100")).isOne();
        assertThat(index.find("S1\u0001")).isEqualTo(2);
        assertThat(index.find("S1\u0101")).isEqualTo(-1);
        assertThat(index.find("S")).isEqualTo(-1);
        assertThat(index.line(1)).isEqualTo(3);
    }

    @Test
    void longSetAddsLikeAHashSet() {
        Random random = new Random(SEED);
        LongSet set = new LongSet();
        Set<Long> model = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(4) == 0
                    ? random.nextInt(50)
                    : LongSet.pair(random.nextInt(5000), random.nextInt(5000));
            assertThat(set.add(key)).as("%d", key).isEqualTo(model.add(key));
        }
    }

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            id.append(
                    random.nextInt(10) == 0
                            ? (char) (0x80 + random.nextInt(0x400))
                            : (char) ('0' + random.nextInt(10)));
        }
        return id.toString();
    }
}
