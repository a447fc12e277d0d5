package org.rosterbridge.generator;

/**
 * The SIS ids the generator writes: a prefix per record type and a zero-padded number, so types never
 * collide and a churn step can continue numbering after the largest id it reads.
 */
enum Ids {
    SCHOOL("SCH", 4),
    TEACHER("T", 6),
    STAFF("E", 6),
    STUDENT("S", 7),
    SECTION("SEC", 7),
    CONTACT("C", 7);

    private final String prefix;
    private final int width;

    Ids(String prefix, int width) {
        this.prefix = prefix;
        this.width = width;
    }

    /** The id numbered {@code number}; numbers wider than the pad simply grow. */
    String of(long number) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
        id.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    /** The number of an id of this type, or -1 when the id was not written by this scheme. */
    long number(String id) {
        if (!id.startsWith(prefix) || id.length() == prefix.length() || id.length() > prefix.length() + 18) {
            return -1;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(id.substring(prefix.length()));
    }
}
