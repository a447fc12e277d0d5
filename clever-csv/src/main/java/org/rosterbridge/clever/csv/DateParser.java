package org.rosterbridge.clever.csv;

/**
 * Reads the date forms districts send: {@code YYYY-MM-DD}, {@code M/D/YYYY}, {@code MM/DD/YYYY} and
 * {@code M/D/YY}. Hand-written rather than {@code DateTimeFormatter} or a regex because it runs on every
 * DOB of every student; a date is returned packed as {@code yyyymmdd} in an int, so nothing is allocated
 * unless the value must be respelled.
 *
 * <p>A two-digit year is placed in the hundred years that end ten years after the current year: in 2026,
 * {@code 36} is 2036 and {@code 37} is 1937.
 */
final class DateParser {

    /** The result for text that is not a date in an accepted form. */
    static final int UNPARSEABLE = -1;
    /** Set in a result whose year was written with two digits. */
    static final int TWO_DIGIT_YEAR = 1 << 28;

    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final int currentYear;

    DateParser(int currentYear) {
        this.currentYear = currentYear;
    }

    /** {@code yyyymmdd}, possibly with {@link #TWO_DIGIT_YEAR} set, or {@link #UNPARSEABLE}. */
    int parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return valid(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), 0);
        }
        int firstSlash = text.indexOf('/');
        int secondSlash = firstSlash < 0 ? -1 : text.indexOf('/', firstSlash + 1);
        if (firstSlash < 1 || firstSlash > 2 || secondSlash - firstSlash < 2 || secondSlash - firstSlash > 3) {
            return UNPARSEABLE;
        }
        int month = digits(text, 0, firstSlash);
        int day = digits(text, firstSlash + 1, secondSlash);
        int yearDigits = text.length() - secondSlash - 1;
        int year = digits(text, secondSlash + 1, text.length());
        if (yearDigits == 2 && year >= 0) {
            return valid(century(year), month, day, TWO_DIGIT_YEAR);
        }
        return yearDigits == 4 ? valid(year, month, day, 0) : UNPARSEABLE;
    }

    /** The canonical spelling of a parsed date, {@code YYYY-MM-DD}. */
    static String format(int packed) {
        int date = packed & ~TWO_DIGIT_YEAR;
        char[] out = new char[10];
        put(out, 0, date / 10000, 4);
        out[4] = '-';
        put(out, 5, date / 100 % 100, 2);
        out[7] = '-';
        put(out, 8, date % 100, 2);
        return new String(out);
    }

    /** Whether {@code text} is already spelled {@code YYYY-MM-DD}. */
    static boolean canonical(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /** The year ending in {@code twoDigits} within the hundred years that end ten years from now. */
    private int century(int twoDigits) {
        int year = currentYear - currentYear % 100 + twoDigits;
        if (year > currentYear + 10) {
            return year - 100;
        }
        return year <= currentYear - 90 ? year + 100 : year;
    }

    private static int valid(int year, int month, int day, int flags) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return UNPARSEABLE;
        }
        if (month == 2 && day == 29 && !leap(year)) {
            return UNPARSEABLE;
        }
        return (year * 10000 + month * 100 + day) | flags;
    }

    private static boolean leap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The decimal value of text[from, to), or -1 unless it is 1 to 4 ASCII digits. */
    private static int digits(String text, int from, int to) {
        if (to <= from || to - from > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
