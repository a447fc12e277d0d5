package org.rosterbridge.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small text formats the templates share. */
final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private Labels() {}

    static String district(Districts.District d) {
        return d.name().isEmpty() ? "District " + d.id() : d.name();
    }

    static String time(Instant instant) {
        return TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String duration(Duration d) {
        if (d.isZero()) {
            return "";
        }
        long seconds = d.toSeconds();
        return seconds < 60 ? d.toMillis() / 100 / 10.0 + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
