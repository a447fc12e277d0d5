package org.rosterbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

    @TempDir
    Path dir;

    static TokenCipher cipher() {
        return TokenCipher.load(AdminSettings.of("jdbc:h2:mem:x", 0).withSecretKey(TestAdmin.KEY), Map.of());
    }

    @Test
    void decryptsWhatItEncryptedWithAFreshNonceEachTime() {
        TokenCipher cipher = cipher();

        String once = cipher.encrypt("district-token-abcd");
        String twice = cipher.encrypt("district-token-abcd");

        assertThat(once).startsWith("v1:").isNotEqualTo(twice).doesNotContain("district-token");
        assertThat(cipher.decrypt(once)).isEqualTo("district-token-abcd");
        assertThat(cipher.decrypt(twice)).isEqualTo("district-token-abcd");
    }

    @Test
    void refusesToDecryptWithAnotherKey() {
        String sealed = cipher().encrypt("district-token-abcd");
        String other = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        });
        TokenCipher wrong =
                TokenCipher.load(AdminSettings.of("jdbc:h2:mem:x", 0).withSecretKey(other), Map.of());

        assertThatThrownBy(() -> wrong.decrypt(sealed))
                .isInstanceOf(AdminException.class)
                .hasMessageContaining("was the secret key changed?");
    }

    @Test
    void prefersTheEnvironmentsKeyToTheKeyFile() {
        AdminSettings settings = AdminSettings.of("jdbc:h2:mem:x", 0).withDataDir(dir);
        String sealed = cipher().encrypt("t0k3n");

        TokenCipher fromEnv = TokenCipher.load(settings, Map.of(TokenCipher.ENV, TestAdmin.KEY));

        assertThat(fromEnv.decrypt(sealed)).isEqualTo("t0k3n");
        assertThat(dir.resolve(TokenCipher.KEY_FILE)).doesNotExist();
    }

    @Test
    void reusesTheKeyFileItCreated() {
        AdminSettings settings = AdminSettings.of("jdbc:h2:mem:x", 0).withDataDir(dir);
        String sealed = TokenCipher.load(settings, Map.of()).encrypt("t0k3n");

        assertThat(TokenCipher.load(settings, Map.of()).decrypt(sealed)).isEqualTo("t0k3n");
    }

    @Test
    void saysHowToFixAKeyOfTheWrongLength() {
        AdminSettings settings = AdminSettings.of("jdbc:h2:mem:x", 0).withSecretKey("c2hvcnQ=");

        assertThatThrownBy(() -> TokenCipher.load(settings, Map.of()))
                .isInstanceOf(AdminException.class)
                .hasMessageContaining("must be 32 bytes");
    }
}
