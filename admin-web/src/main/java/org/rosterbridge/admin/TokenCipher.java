package org.rosterbridge.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts district tokens at rest with AES-256-GCM (random 96-bit nonce per token, stored as {@code
 * v1:nonce:ciphertext} in base64). The key comes from {@code ROSTERBRIDGE_SECRET_KEY} (base64 of 32 bytes),
 * else from {@code secret.key} in the data directory, created with mode 0600 on first start. Losing the key
 * means reconnecting every district; a database dump alone reveals no token. Thread-safe.
 */
final class TokenCipher {

    static final String ENV = "ROSTERBRIDGE_SECRET_KEY";
    static final String KEY_FILE = "secret.key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private TokenCipher(byte[] key) {
        if (key.length != 32) {
            throw new AdminException("the secret key must be 32 bytes (base64 of 32 random bytes), was " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from settings, else the environment, else the key file (created when missing). */
    static TokenCipher load(AdminSettings settings, Map<String, String> env) {
        if (!settings.secretKey().isEmpty()) {
            return new TokenCipher(decode(settings.secretKey(), "the configured secret key"));
        }
        String fromEnv = env.getOrDefault(ENV, "");
        if (!fromEnv.isBlank()) {
            return new TokenCipher(decode(fromEnv.strip(), ENV));
        }
        return new TokenCipher(keyFile(settings.dataDir().resolve(KEY_FILE)));
    }

    String encrypt(String token) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, token.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder b64 = Base64.getEncoder();
        return "v1:" + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed);
    }

    /** The token; the caller keeps it in memory only for the request or run that needs it. */
    String decrypt(String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 3 || !parts[0].equals("v1")) {
            throw new AdminException("a stored token is not in the v1 format");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new String(run(Cipher.DECRYPT_MODE, b64.decode(parts[1]), b64.decode(parts[2])), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // GCM's tag check fails on a wrong key: say so, it is the usual cause.
            throw new AdminException("cannot decrypt a district token: was the secret key changed?", e);
        }
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new AdminException("cannot read or create the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return; // another node or process created it first: use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new AdminException(source + " is not base64 (expected base64 of 32 random bytes)", e);
        }
    }
}
