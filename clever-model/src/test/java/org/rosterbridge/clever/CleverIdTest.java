package org.rosterbridge.clever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CleverIdTest {

    @Test
    void acceptsTwentyFourLowerCaseHexDigits() {
        assertThat(CleverId.of("5f0c1a2b3c4d5e6f70819203").value()).hasSize(24);
    }

    @Test
    void rejectsWrongLengthUpperCaseAndNonHex() {
        assertThatIllegalArgumentException().isThrownBy(() -> CleverId.of("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> CleverId.of("5F0C1A2B3C4D5E6F70819203"));
        assertThatIllegalArgumentException().isThrownBy(() -> CleverId.of("5f0c1a2b3c4d5e6f7081920g"));
    }

    @Test
    void ordersAsText() {
        assertThat(CleverId.of("000000000000000000000001")).isLessThan(CleverId.of("00000000000000000000000a"));
    }
}
