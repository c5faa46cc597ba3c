package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date the user typed reads as a date in the sentence that repeats it (issue 15), not as 2010-04-01. */
class DatesInSentencesTest {

    @Test
    void that_the_eligibility_sentence_shows_the_date_as_people_write_it() {
        EligibilityOutcome outcome = EligibilityPolicy.bundled()
                .decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2010, 4, 1)));
        Text reason = ((EligibilityOutcome.Eligible) outcome).reason();
        assertThat(reason.in(Locale.JAPANESE)).contains("2010年4月1日").doesNotContain("2010-04-01");
        assertThat(reason.in(Locale.ENGLISH)).contains("1 April 2010").doesNotContain("2010-04-01");
    }

    @Test
    void that_a_date_written_in_the_era_is_repeated_in_the_era_with_the_first_year_as_people_write_it() {
        assertThat(DateInput.eraForm(LocalDate.of(2010, 4, 1))).isEqualTo("平成22年4月1日");
        assertThat(DateInput.eraForm(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(DateInput.eraForm(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(DateInput.isEraForm("H22.4.1")).isTrue();
        assertThat(DateInput.isEraForm("平成22年4月1日")).isTrue();
        assertThat(DateInput.isEraForm("2010年4月1日")).isFalse();

        EligibilityOutcome outcome = EligibilityPolicy.bundled()
                .decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2010, 4, 1)))
                .withDatesInEraForm();
        assertThat(outcome.reason().in(Locale.JAPANESE)).contains("平成22年4月1日").doesNotContain("2010");
        assertThat(outcome.reason().in(Locale.ENGLISH)).contains("1 April 2010");
        // The notice's boundary day is said in the same calendar as the user's own date, not mixed in one sentence.
        assertThat(outcome.reason().in(Locale.JAPANESE)).contains("平成21年11月24日以降").doesNotContain("2009");
        assertThat(((EligibilityOutcome.Eligible) EligibilityPolicy.bundled()
                .decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2010, 4, 1)))).reason()
                .in(Locale.JAPANESE)).contains("2009年11月24日以降");
    }
}
