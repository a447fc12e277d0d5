package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser in2026 = new DateParser(2026);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2014-03-01, 2014-03-01",
        "3/1/2014, 2014-03-01",
        "03/01/2014, 2014-03-01",
        "12/31/1999, 1999-12-31",
        "2/29/2024, 2024-02-29",
        "2000-02-29, 2000-02-29"
    })
    void readsTheAcceptedForms(String written, String canonical) {
        int parsed = in2026.parse(written);

        assertThat(DateParser.format(parsed)).isEqualTo(canonical);
        assertThat(parsed & DateParser.TWO_DIGIT_YEAR).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2014-3-1",
                "2014/03/01",
                "13/1/2014",
                "0/1/2014",
                "2/30/2024",
                "2/29/2023",
                "1900-02-29",
                "3/1/214",
                "3/1/20140",
                "3.1.2014",
                "March 1, 2014",
                "3/1/",
                "/1/2014",
                "3//2014",
                "x3/1/2014",
                "0000-01-01",
                "2014-03-01T00:00"
            })
    void refusesAnythingElse(String written) {
        assertThat(in2026.parse(written)).isEqualTo(DateParser.UNPARSEABLE);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "1/1/00, 2026, 2000-01-01",
        "1/1/36, 2026, 2036-01-01",
        "1/1/37, 2026, 1937-01-01",
        "11/1/98, 2026, 1998-11-01",
        "8/1/15, 2026, 2015-08-01",
        "1/1/05, 2095, 2105-01-01",
        "1/1/06, 2095, 2006-01-01"
    })
    void placesATwoDigitYearNoMoreThanTenYearsAhead(String written, int currentYear, String canonical) {
        int parsed = new DateParser(currentYear).parse(written);

        assertThat(DateParser.format(parsed)).isEqualTo(canonical);
        assertThat(parsed & DateParser.TWO_DIGIT_YEAR).isNotZero();
    }

    @Test
    void ordersPackedDatesLikeCalendarDates() {
        assertThat(in2026.parse("12/31/2025")).isLessThan(in2026.parse("2026-01-01"));
    }
}
