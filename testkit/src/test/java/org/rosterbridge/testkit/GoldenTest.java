package org.rosterbridge.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoldenTest {

    @Test
    void acceptsOutputEqualToGoldenFile() {
        Golden.assertMatches("sample.txt", "one,two\n");
    }

    @Test
    void rejectsOutputThatDiffers() {
        assertThatThrownBy(() -> Golden.assertMatches("sample.txt", "one,three\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sample.txt");
    }
}
