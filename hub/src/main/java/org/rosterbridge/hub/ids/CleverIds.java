package org.rosterbridge.hub.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.rosterbridge.clever.CleverId;

/**
 * Deterministic Clever ids for one district: a keyed hash of (district, id space, key) cut to 12 bytes and
 * written as 24 hex digits, the shape of a MongoDB ObjectID.
 *
 * <p>Being a pure function of its inputs, an id survives restarts, lost databases and records that vanish
 * for a while and come back, which is what Clever promises for records whose SIS id stays the same. The
 * district key is folded into the hash key, so two districts never share an id.
 *
 * <p>Thread-safe: each call uses its own digest.
 */
public final class CleverIds {

    private final byte[] secret;

    private CleverIds(byte[] secret) {
        this.secret = secret;
    }

    /** The ids of the district known by {@code districtKey} (any stable text, e.g. its SFTP user name). */
    public static CleverIds forDistrict(String districtKey) {
        return new CleverIds(
                sha256().digest(("rosterbridge-hub\u0000" + districtKey).getBytes(StandardCharsets.UTF_8)));
    }

    /** The district's own id. */
    public CleverId district() {
        return of(IdSpace.DISTRICT, "");
    }

    /** The id of the record keyed {@code key} in {@code space}. */
    public CleverId of(IdSpace space, String key) {
        MessageDigest digest = sha256();
        digest.update(secret);
        digest.update(space.tag());
        digest.update((byte) 0);
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        return CleverId.of(Hex.of(digest.digest(), 12));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
