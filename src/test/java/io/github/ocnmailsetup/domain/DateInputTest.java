package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as customers write them: Western calendar or Japanese era, full- or half-width. */
class DateInputTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2009-11-24|2009-11-24",
        "2009/11/24|2009-11-24",
        "2009.11.24|2009-11-24",
        "20091124|2009-11-24",
        "2009年11月24日|2009-11-24",
        "２００９年１１月２４日|2009-11-24",
        "平成21年11月24日|2009-11-24",
        "平成21年11月23日|2009-11-23",
        "H21.11.24|2009-11-24",
        "h21/11/24|2009-11-24",
        "R7.1.1|2025-01-01",
        "令和元年5月1日|2019-05-01",
        "平成8年12月1日|1996-12-01",
        "  2009 / 11 / 24 |2009-11-24",
    })
    void that_western_and_era_dates_are_read(String input, LocalDate expected) {
        assertThat(DateInput.parse(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009-02-30", "平成31年5月1日", "R1.4.30", "H21.13.1", "2009-11-31"})
    void that_days_not_in_the_calendar_are_refused(String input) {
        assertThatThrownBy(() -> DateInput.parse(input))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a day in the calendar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "11/24/2009", "2009", "X21.11.24", "平成二十一年"})
    void that_unreadable_dates_get_an_example_of_what_works(String input) {
        assertThatThrownBy(() -> DateInput.parse(input))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("2009-11-24");
    }
}
