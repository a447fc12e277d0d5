package org.rosterbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same arguments give the same bytes; another seed gives another district. */
class DeterminismTest {

    @TempDir
    Path root;

    @Test
    void writesTheSameBytesForTheSameSettings() {
        DistrictGenerator.generate(new GeneratorSettings(700, 3), root.resolve("a"));
        DistrictGenerator.generate(new GeneratorSettings(700, 3), root.resolve("b"));

        assertThat(contents(root.resolve("b"))).isEqualTo(contents(root.resolve("a")));
        assertThat(contents(root.resolve("a"))).hasSize(6);
    }

    @Test
    void writesADifferentDistrictForAnotherSeed() {
        DistrictGenerator.generate(new GeneratorSettings(700, 3), root.resolve("a"));
        DistrictGenerator.generate(new GeneratorSettings(700, 4), root.resolve("b"));

        Map<String, String> a = contents(root.resolve("a"));
        Map<String, String> b = contents(root.resolve("b"));
        for (String file : a.keySet()) {
            assertThat(b.get(file)).as(file).isNotEqualTo(a.get(file));
        }
    }

    @Test
    void churnsToTheSameBytesForTheSameInputs() {
        DistrictGenerator.generate(new GeneratorSettings(700, 3), root.resolve("gen"));
        ChurnSettings churn = new ChurnSettings(root.resolve("gen"), 10, 9);
        DistrictGenerator.churn(churn, root.resolve("a"), FallbackReader.best());
        DistrictGenerator.churn(churn, root.resolve("b"), FallbackReader.best());

        assertThat(contents(root.resolve("b"))).isEqualTo(contents(root.resolve("a")));
        assertThat(contents(root.resolve("a"))).containsKey(DistrictGenerator.HELD_FILE);
    }

    /** Every file of a directory by name, as text (files are small here). */
    static Map<String, String> contents(Path directory) {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> contents.put(file.getFileName().toString(), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
