package org.rosterbridge.clever.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Clever's time and date spellings. Formatting is hand-rolled because the hub formats several per record. */
final class WireTime {

    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireTime() {}

    /** {@code 2026-01-02T03:04:05.000Z}: UTC, always with milliseconds. */
    static String timestamp(Instant instant) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        // Civil date from a day count (H. Hinnant's algorithm): integer arithmetic only, no java.time objects.
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return FALLBACK.format(instant);
        }
        char[] c = new char[24];
        digits(c, 0, (int) year, 4);
        c[4] = '-';
        digits(c, 5, month, 2);
        c[7] = '-';
        digits(c, 8, day, 2);
        c[10] = 'T';
        digits(c, 11, secondOfDay / 3600, 2);
        c[13] = ':';
        digits(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        digits(c, 17, secondOfDay % 60, 2);
        c[19] = '.';
        digits(c, 20, instant.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    /** {@code YYYY-MM-DD}. */
    static String date(LocalDate date) {
        return date.toString();
    }

    /** A student's date of birth as Clever serves it: {@code M/D/YYYY}. */
    static String dob(LocalDate date) {
        int year = date.getYear();
        String padded = year >= 1000 ? Integer.toString(year) : String.format("%04d", year);
        return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + padded;
    }

    static Optional<Instant> parseTimestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date, also accepted as the date part of a timestamp (older versions declare dates as datetimes). */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code M/D/YYYY}; also {@code YYYY-MM-DD}, which some districts' data shows. */
    static Optional<LocalDate> parseDob(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 3) {
            return parseDate(text);
        }
        try {
            return Optional.of(
                    LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
