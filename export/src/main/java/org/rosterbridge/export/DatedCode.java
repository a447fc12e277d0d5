package org.rosterbridge.export;

import java.time.LocalDate;

/**
 * A dated code attached to a student: a status, special education status, meal status, funding source,
 * program service or group.
 *
 * @param start {@link LocalDate#MIN} when the SIS has no start date
 * @param end {@link #OPEN} when the SIS has no end date
 */
record DatedCode(String code, LocalDate start, LocalDate end) {
    static final LocalDate OPEN = LocalDate.MAX;

    static DatedCode open(String code) {
        return new DatedCode(code, LocalDate.MIN, OPEN);
    }

    static DatedCode ending(String code, LocalDate end) {
        return new DatedCode(code, LocalDate.MIN, end);
    }
}
