package org.rosterbridge.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;

/** Districts for tests: a small generated one, and a churned next snapshot that the brake holds. */
final class Fixtures {

    private Fixtures() {}

    static Path district(Path dir, int students) {
        Path district = dir.resolve("district");
        DistrictGenerator.generate(new GeneratorSettings(students, 42), district);
        return district;
    }

    /** A next snapshot where so many records change that more than 10 % of some type is archived. */
    static Path heavyChurn(Path from, Path dir) {
        Path next = dir.resolve("churned");
        DistrictGenerator.churn(new ChurnSettings(from, 60, 7), next);
        return next;
    }

    /** Waits for {@code done} (a background sync), failing after a minute rather than hanging the build. */
    static void await(BooleanSupplier done) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(1));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("not done within a minute");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
