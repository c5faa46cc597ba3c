package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityQuestion;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 2, the eligibility question, without a window: what Next waits for and what the answers lead to. */
class EligibilityViewModelTest {

    private final EligibilityViewModel eligibility = new EligibilityViewModel(new EligibilityPolicy(
            OcnSettings.bundled(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void that_a_japanese_era_date_on_the_boundary_is_eligible() {
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        eligibility.dateTextProperty().set("平成21年11月24日");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThat(eligibility.answered().get()).isTrue();
    }

    @Test
    void that_the_sentence_repeats_a_date_in_the_form_the_user_wrote_it() {
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        eligibility.dateTextProperty().set("H22.4.1");
        assertThat(eligibility.outcomeProperty().get().reason().in(Locale.JAPANESE)).contains("平成22年4月1日")
                .doesNotContain("2010");
        assertThat(eligibility.outcomeProperty().get().reason().in(Locale.ENGLISH)).contains("1 April 2010");

        eligibility.dateTextProperty().set("2010/4/1");
        assertThat(eligibility.outcomeProperty().get().reason().in(Locale.JAPANESE)).contains("2010年4月1日")
                .doesNotContain("平成");

        eligibility.dateTextProperty().set("平成20年4月1日");
        assertThat(eligibility.outcomeProperty().get().reason().in(Locale.JAPANESE)).as("the follow-up question")
                .contains("平成20年4月1日");
        eligibility.dateTextProperty().set("令和99年1月1日");
        assertThat(eligibility.problemProperty().get()).isNotNull();
    }

    @Test
    void that_the_day_before_the_boundary_asks_about_the_version_up_and_holds_next() {
        eligibility.originProperty().set(OriginChoice.ADDRESS_ADDED_OR_CHANGED);
        eligibility.dateTextProperty().set("2009/11/23");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOfSatisfying(EligibilityOutcome.Question.class,
                q -> assertThat(q.question()).isEqualTo(EligibilityQuestion.VERSION_UP));
        assertThat(eligibility.answered().get()).isFalse();
    }

    @Test
    void that_an_unreadable_date_is_a_problem_in_words_and_not_an_answer() {
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        eligibility.dateTextProperty().set("yesterday");
        assertThat(eligibility.problemProperty().get()).isNotNull();
        assertThat(eligibility.problemProperty().get().in(Locale.JAPANESE)).contains("yesterday");
        assertThat(eligibility.answered().get()).isFalse();
    }

    @Test
    void that_an_older_address_without_the_version_up_is_not_eligible_and_with_it_is() {
        eligibility.originProperty().set(OriginChoice.OLDER_ADDRESS);
        assertThat(eligibility.answered().get()).as("waits for the version-up answer").isFalse();
        eligibility.versionUpProperty().set(VersionUp.NOT_DONE);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.NotEligible.class);
        eligibility.versionUpProperty().set(VersionUp.DONE);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
    }

    @Test
    void that_i_dont_know_leads_on_with_the_test_to_tell() {
        eligibility.originProperty().set(OriginChoice.DONT_KNOW);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Unknown.class);
    }

    @Test
    void that_a_new_subscription_dated_too_early_asks_about_a_later_change_then_the_version_up() {
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        eligibility.dateTextProperty().set("2005/4/1");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Question.class);
        assertThat(eligibility.asksLaterChange().get()).isTrue();
        assertThat(eligibility.asksVersionUp().get()).isFalse();
        assertThat(eligibility.answered().get()).as("a question is not an answer").isFalse();

        eligibility.laterChangeProperty().set(LaterAddressChange.NO);
        assertThat(eligibility.asksVersionUp().get()).isTrue();
        assertThat(eligibility.answered().get()).isFalse();
        eligibility.versionUpProperty().set(VersionUp.NOT_DONE);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.NotEligible.class);

        eligibility.laterChangeProperty().set(LaterAddressChange.YES);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThat(eligibility.asksVersionUp().get()).isFalse();
        assertThat(eligibility.versionUpProperty().get()).as("no longer applies: cleared").isNull();
    }

    @Test
    void that_changing_the_choice_clears_the_answers_of_the_old_one() {
        eligibility.originProperty().set(OriginChoice.ADDRESS_ADDED_OR_CHANGED);
        eligibility.dateUnknownProperty().set(true);
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        assertThat(eligibility.dateUnknownProperty().get()).isFalse();
        assertThat(eligibility.answered().get()).as("the date is asked again").isFalse();

        eligibility.originProperty().set(OriginChoice.OLDER_ADDRESS);
        eligibility.versionUpProperty().set(VersionUp.DONE);
        eligibility.originProperty().set(OriginChoice.ADDRESS_ADDED_OR_CHANGED);
        assertThat(eligibility.versionUpProperty().get()).isNull();
        eligibility.dateTextProperty().set("2008/1/5");
        assertThat(eligibility.outcomeProperty().get()).as("the old version-up answer does not come back")
                .isInstanceOf(EligibilityOutcome.Question.class);
    }

    @Test
    void that_a_later_date_drops_the_follow_up_answers_typed_for_an_earlier_one() {
        eligibility.originProperty().set(OriginChoice.ADDRESS_ADDED_OR_CHANGED);
        eligibility.dateTextProperty().set("2008/1/5");
        eligibility.versionUpProperty().set(VersionUp.NOT_DONE);
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.NotEligible.class);

        eligibility.dateTextProperty().set("2012/1/5");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThat(eligibility.versionUpProperty().get()).isNull();
    }
}
