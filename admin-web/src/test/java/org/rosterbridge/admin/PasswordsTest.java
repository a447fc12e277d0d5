package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void matchesOnlyTheRightPasswordAndSaltsEveryHash() {
        String one = Passwords.hash("correct-horse-battery".toCharArray());
        String two = Passwords.hash("correct-horse-battery".toCharArray());

        assertThat(one)
                .startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$")
                .isNotEqualTo(two);
        assertThat(Passwords.matches("correct-horse-battery".toCharArray(), one))
                .isTrue();
        assertThat(Passwords.matches("correct-horse-batterY".toCharArray(), one))
                .isFalse();
        assertThat(Passwords.matches("correct-horse-battery".toCharArray(), "plain"))
                .isFalse();
        assertThat(Passwords.ITERATIONS).isGreaterThanOrEqualTo(210_000);
    }
}
