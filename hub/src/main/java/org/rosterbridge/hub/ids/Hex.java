package org.rosterbridge.hub.ids;

/** Lower-case hex of the first bytes of an array. */
final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {}

    static String of(byte[] bytes, int length) {
        char[] text = new char[length * 2];
        for (int i = 0; i < length; i++) {
            text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(text);
    }
}
