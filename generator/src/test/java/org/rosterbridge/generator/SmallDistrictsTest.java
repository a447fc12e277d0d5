package org.rosterbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property: districts of any size and seed, down to the smallest allowed, keep Clever's hard rules, churned too. */
class SmallDistrictsTest {

    @TempDir
    Path root;

    @Test
    void keepsTheHardRulesAtAnySizeAndSeed() {
        Random random = new Random(20_250_818);
        for (int trial = 0; trial < 12; trial++) {
            int students = GeneratorSettings.MIN_STUDENTS + random.nextInt(400);
            long seed = random.nextLong();
            Path fresh = root.resolve("fresh" + trial);
            Path churned = root.resolve("churned" + trial);
            DistrictGenerator.generate(new GeneratorSettings(students, seed), fresh);
            DistrictGenerator.churn(new ChurnSettings(fresh, 30, seed), churned, FallbackReader.best());

            assertThat(DistrictCheck.problems(LoadedDistrict.load(fresh)))
                    .as("%d students, seed %d", students, seed)
                    .isEmpty();
            assertThat(DistrictCheck.problems(LoadedDistrict.load(churned)))
                    .as("%d students, seed %d, churned", students, seed)
                    .isEmpty();
        }
    }
}
