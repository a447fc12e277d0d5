package org.rosterbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: output is compared with a file checked in under the calling module's
 * {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to rewrite the files, then review
 * the diff before committing it.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    public static void assertMatches(String name, String actual) {
        Path golden = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            write(golden, actual);
            return;
        }
        assertThat(golden)
                .as("golden file %s (create it with -Dgolden.update=true)", golden)
                .exists();
        assertThat(actual).as("output against golden file %s", golden).isEqualTo(read(golden));
    }

    /** Asserts that the file {@code actual} equals the golden file {@code name}, byte for byte as text. */
    public static void assertFileMatches(String name, Path actual) {
        assertMatches(name, read(actual));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
