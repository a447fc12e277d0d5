package org.rosterbridge.generator;

import java.text.Normalizer;
import java.util.Locale;

/**
 * E-mail addresses and user names built from names: diacritics stripped, anything outside a–z and
 * digits dropped. The number suffix keeps addresses unique, because Clever merges employees who share
 * an address. All domains are under example.org.
 */
final class Emails {

    static final String STAFF_DOMAIN = "@example.org";
    static final String STUDENT_DOMAIN = "@students.example.org";
    static final String FAMILY_DOMAIN = "@mail.example.com";

    private Emails() {}

    /** {@code jgarcia1234}: the first initial, the last name and a number. */
    static String localPart(Person person, long number) {
        String first = slug(person.first());
        String last = slug(person.last());
        String initial = first.isEmpty() ? "u" : first.substring(0, 1);
        return initial + (last.isEmpty() ? "user" : last) + number;
    }

    static String slug(String text) {
        String plain = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toLowerCase(plain.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (c == 'ł' || c == 'ø') {
                slug.append(c == 'ł' ? 'l' : 'o');
            }
        }
        return slug.toString().toLowerCase(Locale.ROOT);
    }

    /** Most names are plain ASCII; they skip the costly normalisation. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
