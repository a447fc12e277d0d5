package org.rosterbridge.scheduler;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a job is about: a {@code kind} (what to do, such as {@code sync} or {@code export}) and an
 * {@code instance} (to what, such as a district id). At most one run per key is in progress at a time,
 * across every node sharing the database.
 *
 * @param kind lower-case letters, digits and dashes, starting with a letter, at most 100 characters
 * @param instance any non-blank text without control characters, at most 250 characters
 */
public record JobKey(String kind, String instance) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,99}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public JobKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(instance, "instance");
        if (!KIND.matcher(kind).matches()) {
            throw new SchedulerException("Job kind '" + kind + "' must match " + KIND.pattern());
        }
        if (instance.isBlank()
                || instance.length() > 250
                || CONTROL.matcher(instance).find()) {
            throw new SchedulerException("Job instance of kind '" + kind
                    + "' must be non-blank, at most 250 characters, without control characters");
        }
    }

    public static JobKey of(String kind, String instance) {
        return new JobKey(kind, instance);
    }

    /** {@code kind/instance}, as used in log lines and error messages. */
    @Override
    public String toString() {
        return kind + "/" + instance;
    }
}
