package org.rosterbridge.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks JSON responses against Clever's own OpenAPI definitions ({@code reference/clever-openapi-*.yml} in
 * the directory named by the system property {@code rosterbridge.shared}, which the build sets). The files
 * are not ours to ship, so a test that needs them is skipped, with a message saying how to run it, when
 * they are absent.
 *
 * <p>Clever serves a little more than its data definitions allow; {@link #problems} forgives exactly that
 * and nothing else, so one list of exceptions serves the encoder's tests and the hub's alike.
 */
public final class CleverContract {
    private static final Pattern EXTRA = Pattern.compile(
            "(?:\\[Path '([^']*)'\\] )?Object instance has properties which are not allowed by the schema: \\[(.*)\\]");
    private static final Set<String> SPECIAL_STUDENT_FIELDS =
            Set.of("frl_status", "iep_status", "home_language", "unweighted_gpa", "weighted_gpa");

    private final OpenApiInteractionValidator validator;

    private CleverContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /**
     * The definitions of {@code version} ({@code "v3.0"}, …), {@code suffix} {@code ""} for the Data API or
     * {@code "-events"} for Events; skips the calling test when they are absent.
     */
    public static CleverContract of(String version, String suffix) {
        return new CleverContract(OpenApiInteractionValidator.createForSpecificationUrl(
                        reference(version, suffix).toUri().toString())
                .build());
    }

    /** The definitions file itself (for tests that read its paths); skips the calling test when absent. */
    public static Path reference(String version, String suffix) {
        String shared = System.getProperty("rosterbridge.shared", "");
        Path file = Path.of(
                shared.isEmpty() ? "/nonexistent" : shared, "reference", "clever-openapi-" + version + suffix + ".yml");
        assumeTrue(
                Files.isRegularFile(file),
                "Clever's definitions are absent (" + file
                        + "); set -Drosterbridge.shared=<dir containing reference/> to run the contract tests");
        return file;
    }

    /** What is wrong with a 200 response to {@code GET path} (no query string) with JSON {@code body}. */
    public List<String> problems(String path, String body) {
        return problems(path, 200, body);
    }

    /**
     * What is wrong with a response of {@code status} to {@code GET path} with JSON {@code body}: each error
     * as "path: key message", leaving out what Clever serves on purpose beyond its definitions.
     */
    public List<String> problems(String path, int status, String body) {
        SimpleResponse response = SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
        ValidationReport report = validator.validateResponse(path, Request.Method.GET, response);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !deliberate(m))
                .map(m -> path + ": " + m.getKey() + " " + m.getMessage())
                .toList();
    }

    /**
     * What Clever serves beyond its data definitions (clever-api.md §1.3): {@code links} on single
     * responses, {@code uri} on list elements, the student fields Clever's generator filters out of the
     * data definitions, and the events' discriminator, which the validator cannot resolve.
     */
    static boolean deliberate(ValidationReport.Message message) {
        if (message.getKey().equals("validation.response.body.schema.discriminator")) {
            return true;
        }
        Matcher m = EXTRA.matcher(message.getMessage());
        if (!message.getKey().equals("validation.response.body.schema.additionalProperties") || !m.find()) {
            return false;
        }
        String path = m.group(1) == null ? "" : m.group(1);
        Set<String> extra = Set.of(m.group(2).replace("\"", "").split(","));
        if (path.isEmpty()) {
            return extra.equals(Set.of("links"));
        }
        if (path.matches("/data/\\d+")) {
            return extra.equals(Set.of("uri"));
        }
        boolean student = path.endsWith("/roles/student") || path.equals("/data") || path.matches("/data/\\d+/data");
        return student && SPECIAL_STUDENT_FIELDS.containsAll(extra);
    }
}
