package org.rosterbridge.clever;

/**
 * A Clever object id: 24 lower-case hex digits, shaped like a MongoDB ObjectID, unique across districts
 * and object types. Compared as text, which for these ids is also creation order.
 */
public record CleverId(String value) implements Comparable<CleverId> {

    public CleverId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a Clever id (24 hex digits): " + value);
        }
    }

    public static CleverId of(String value) {
        return new CleverId(value);
    }

    /** Whether {@code text} has the shape of a Clever id. */
    public static boolean isValid(String text) {
        if (text.length() != 24) {
            return false;
        }
        for (int i = 0; i < 24; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(CleverId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
