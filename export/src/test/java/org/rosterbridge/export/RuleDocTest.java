package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/export-rules.md, the {@link RuleId} enum and the rule tests from drifting apart. */
class RuleDocTest {
    private static final Path DOC = Path.of("..", "docs", "export-rules.md");
    private static final Path TESTS = Path.of("src", "test", "java");

    static List<String> documentedIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length > 3) {
                String id = cells[1].strip();
                if (!id.equals("id") && !id.startsWith("-")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    static String testSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    @Test
    void everyDocumentedRuleHasATestOfItsName() throws IOException {
        List<String> ids = documentedIds();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        String sources = testSources();
        for (String id : ids) {
            assertThat(sources).as("a test method for rule " + id).containsPattern("void " + camelCase(id) + "\\(");
        }
    }

    @Test
    void theDocumentListsExactlyTheRulesOfTheCode() throws IOException {
        List<String> code = Arrays.stream(RuleId.values()).map(RuleId::id).toList();
        assertThat(documentedIds()).containsExactlyInAnyOrderElementsOf(code);
    }

    @Test
    void camelCaseNamesFollowTheRuleIds() {
        assertThat(camelCase("section-co-teachers")).isEqualTo("sectionCoTeachers");
        assertThat(camelCase("student-grade")).isEqualTo("studentGrade");
    }
}
