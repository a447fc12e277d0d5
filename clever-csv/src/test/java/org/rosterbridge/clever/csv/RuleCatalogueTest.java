package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps {@link Rule}, its tests and docs/validation-rules.md in step. */
class RuleCatalogueTest {

    @Test
    void everyRuleIdIsKebabCaseAndUnique() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id))
                .allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyRuleHasATestNamedAfterIt() {
        Set<String> tests = Arrays.stream(ValidationRulesTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .collect(Collectors.toSet());

        assertThat(Arrays.stream(Rule.values()).map(rule -> camelCase(rule.id())))
                .allMatch(tests::contains);
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "validation-rules.md"));

        assertThat(Rule.values())
                .allSatisfy(rule -> assertThat(docs)
                        .contains("| `" + rule.id() + "` | " + rule.severity().word() + " |"));
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }
}
