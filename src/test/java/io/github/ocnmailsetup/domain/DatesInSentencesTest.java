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
}
