package org.rosterbridge.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldPolicyTest {
    @TempDir
    Path dir;

    @Test
    void fingerprintsOnlyTheCleverFiles() throws Exception {
        assertThat(Fingerprint.of(dir)).isEmpty();
        Files.writeString(dir.resolve("schools.csv"), "School_id\n");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        String one = Fingerprint.of(dir);
        assertThat(one).startsWith("schools.csv:10:");
        Files.writeString(dir.resolve("notes.txt"), "hello again");
        assertThat(Fingerprint.of(dir)).isEqualTo(one);
        Files.writeString(dir.resolve("schools.csv"), "School_id,x\n");
        assertThat(Fingerprint.of(dir)).isNotEqualTo(one);
    }

    @Test
    void isCleversTenAndSeventyFivePercentByDefault() {
        assertThat(HoldPolicy.CLEVER).isEqualTo(new HoldPolicy(10, 75));
    }
}
