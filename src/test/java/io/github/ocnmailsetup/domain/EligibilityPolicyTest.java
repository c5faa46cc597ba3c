package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The notice's 「ご利用条件」 at every boundary. */
class EligibilityPolicyTest {

    /** 2026-11-27 10:00 in Japan is 01:00 UTC the same day. */
    private static final Clock JAPAN_MORNING = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
    private final EligibilityPolicy policy = new EligibilityPolicy(OcnSettings.bundled(), JAPAN_MORNING);

    /** Every combination of the page's answers; "-" is a question not answered (or not asked). */
    @ParameterizedTest(name = "{0} on {1}, address changed since {2}, version-up {3} -> {4}")
    @CsvSource({
        "NEW_SUBSCRIPTION,         2009-11-24, -,       -,        Eligible",
        "NEW_SUBSCRIPTION,         2026-11-27, -,       -,        Eligible",
        "NEW_SUBSCRIPTION,         2009-11-23, -,       -,        Question",
        "NEW_SUBSCRIPTION,         2009-11-23, YES,     -,        Eligible",
        "NEW_SUBSCRIPTION,         2009-11-23, NO,      -,        Question",
        "NEW_SUBSCRIPTION,         2009-11-23, NO,      DONE,     Eligible",
        "NEW_SUBSCRIPTION,         2009-11-23, NO,      NOT_DONE, NotEligible",
        "NEW_SUBSCRIPTION,         2009-11-23, NO,      UNKNOWN,  Unknown",
        "NEW_SUBSCRIPTION,         2009-11-23, UNKNOWN, -,        Question",
        "NEW_SUBSCRIPTION,         2009-11-23, UNKNOWN, DONE,     Eligible",
        "NEW_SUBSCRIPTION,         2009-11-23, UNKNOWN, NOT_DONE, Unknown",
        "NEW_SUBSCRIPTION,         2009-11-23, UNKNOWN, UNKNOWN,  Unknown",
        "ADDRESS_ADDED_OR_CHANGED, 2009-11-24, -,       -,        Eligible",
        "ADDRESS_ADDED_OR_CHANGED, 2009-11-23, -,       -,        Question",
        "ADDRESS_ADDED_OR_CHANGED, 2009-11-23, -,       DONE,     Eligible",
        "ADDRESS_ADDED_OR_CHANGED, 2009-11-23, -,       NOT_DONE, NotEligible",
        "ADDRESS_ADDED_OR_CHANGED, 2009-11-23, -,       UNKNOWN,  Unknown",
        "OLDER_ADDRESS,            2009-11-23, -,       -,        Question",
        "OLDER_ADDRESS,            2009-11-23, -,       NOT_DONE, NotEligible",
        "OLDER_ADDRESS,            2009-11-23, -,       DONE,     Eligible",
        "OLDER_ADDRESS,            2009-11-23, -,       UNKNOWN,  Unknown",
        "OLDER_ADDRESS,            1996-12-01, -,       NOT_DONE, NotEligible",
    })
    void that_the_boundary_date_decides_and_each_follow_up_answer_leads_where_the_notice_says(
            AddressOrigin origin, LocalDate date, String laterChange, String versionUp, String expected) {
        EligibilityAnswer answer = new EligibilityAnswer(origin, Optional.of(date),
                "-".equals(laterChange) ? Optional.empty() : Optional.of(LaterAddressChange.valueOf(laterChange)),
                "-".equals(versionUp) ? Optional.empty() : Optional.of(VersionUp.valueOf(versionUp)));

        EligibilityOutcome outcome = policy.decide(answer);

        assertThat(outcome.getClass().getSimpleName()).isEqualTo(expected);
    }

    @Test
    void that_a_new_subscription_dated_before_the_boundary_is_asked_whether_an_address_changed_since() {
        EligibilityAnswer early = EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2005, 4, 1));

        EligibilityOutcome outcome = policy.decide(early);

        assertThat(outcome).isInstanceOfSatisfying(EligibilityOutcome.Question.class, q ->
                assertThat(q.question()).isEqualTo(EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY));
        assertThat(outcome.reason().in(Locale.JAPANESE)).contains("2005年4月1日").contains("追加や変更");
        assertThat(policy.followUps(early)).containsExactly(EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY);
    }

    @Test
    void that_no_later_change_then_asks_about_the_version_up() {
        EligibilityAnswer noChange = EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2005, 4, 1))
                .withLaterChange(Optional.of(LaterAddressChange.NO));

        EligibilityOutcome outcome = policy.decide(noChange);

        assertThat(outcome).isInstanceOfSatisfying(EligibilityOutcome.Question.class, q ->
                assertThat(q.question()).isEqualTo(EligibilityQuestion.VERSION_UP));
        assertThat(policy.followUps(noChange)).containsExactly(
                EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY, EligibilityQuestion.VERSION_UP);
    }

    @Test
    void that_an_address_change_dated_before_the_boundary_is_asked_about_the_version_up() {
        EligibilityAnswer early = EligibilityAnswer.of(AddressOrigin.ADDRESS_ADDED_OR_CHANGED, LocalDate.of(2008, 1, 5));

        EligibilityOutcome outcome = policy.decide(early);

        assertThat(outcome).isInstanceOfSatisfying(EligibilityOutcome.Question.class, q ->
                assertThat(q.question()).isEqualTo(EligibilityQuestion.VERSION_UP));
        assertThat(outcome.reason().in(Locale.ENGLISH)).contains("5 January 2008").contains("version-up");
    }

    @Test
    void that_dates_on_or_after_the_boundary_ask_nothing_more() {
        assertThat(policy.followUps(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2009, 11, 24))))
                .isEmpty();
        assertThat(policy.followUps(EligibilityAnswer.originUnknown())).isEmpty();
    }

    @Test
    void that_an_address_not_eligible_is_told_to_do_the_version_up_and_check_again() {
        EligibilityOutcome outcome = policy.decide(new EligibilityAnswer(
                AddressOrigin.OLDER_ADDRESS, Optional.of(LocalDate.of(2005, 4, 1)), VersionUp.NOT_DONE));

        assertThat(outcome).isInstanceOf(EligibilityOutcome.NotEligible.class);
        assertThat(outcome.nextStep().in(Locale.JAPANESE)).contains("バージョンアップ").contains("もう一度");
        assertThat(outcome.nextStep().in(Locale.ENGLISH)).contains("version-up").contains("check again");
    }

    @Test
    void that_an_eligible_user_is_told_it_is_free() {
        EligibilityOutcome outcome = policy.decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION,
                LocalDate.of(2015, 6, 1)));

        assertThat(outcome.reason().in(Locale.JAPANESE)).contains("無料");
        assertThat(outcome.reason().in(Locale.ENGLISH)).contains("free");
    }

    @ParameterizedTest
    @EnumSource(AddressOrigin.class)
    void that_an_unknown_date_gets_guidance_not_an_error(AddressOrigin origin) {
        EligibilityOutcome outcome = policy.decide(new EligibilityAnswer(origin, Optional.empty(), VersionUp.UNKNOWN));

        assertThat(outcome).isInstanceOf(EligibilityOutcome.Unknown.class);
        assertThat(outcome.nextStep().in(Locale.ENGLISH)).contains("connection test");
    }

    @Test
    void that_i_dont_know_how_the_address_came_about_is_answered_unknown_with_the_connection_test_to_tell() {
        EligibilityOutcome outcome = policy.decide(MailUse.MAIL_SOFTWARE, EligibilityAnswer.originUnknown());

        assertThat(EligibilityAnswer.originUnknown().origin()).isEqualTo(AddressOrigin.UNKNOWN);
        assertThat(outcome).isInstanceOf(EligibilityOutcome.Unknown.class);
        assertThat(outcome.reason().in(Locale.ENGLISH)).contains("cannot tell");
        assertThat(outcome.nextStep().in(Locale.ENGLISH)).contains("connection test");
        assertThat(outcome.nextStep().in(Locale.JAPANESE)).contains("接続テスト");
    }

    @Test
    void that_i_dont_know_the_origin_but_the_version_up_is_done_is_eligible() {
        EligibilityOutcome outcome = policy.decide(
                new EligibilityAnswer(AddressOrigin.UNKNOWN, Optional.empty(), VersionUp.DONE));

        assertThat(outcome).isInstanceOf(EligibilityOutcome.Eligible.class);
    }

    @Test
    void that_an_older_address_of_unknown_date_with_the_version_up_done_is_eligible() {
        EligibilityOutcome outcome = policy.decide(
                new EligibilityAnswer(AddressOrigin.OLDER_ADDRESS, Optional.empty(), VersionUp.DONE));

        assertThat(outcome).isInstanceOf(EligibilityOutcome.Eligible.class);
    }

    @Test
    void that_today_in_japan_is_accepted_and_tomorrow_is_not() {
        LocalDate today = LocalDate.of(2026, 11, 27);

        assertThat(policy.decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, today)))
                .isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThatThrownBy(() -> policy.decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, today.plusDays(1))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).message(Locale.JAPANESE)).contains("きょうより後"));
    }

    @Test
    void that_today_is_counted_in_japan_time_not_utc() {
        // 2026-11-27 20:00 UTC is already 2026-11-28 in Japan.
        Clock lateUtc = Clock.fixed(Instant.parse("2026-11-27T20:00:00Z"), ZoneOffset.UTC);
        EligibilityPolicy japan = new EligibilityPolicy(OcnSettings.bundled(), lateUtc);

        assertThat(japan.today()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(japan.decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, LocalDate.of(2026, 11, 28))))
                .isInstanceOf(EligibilityOutcome.Eligible.class);
    }

    @Test
    void that_a_date_before_ocn_mail_existed_is_an_input_error() {
        assertThatThrownBy(() -> policy.decide(
                EligibilityAnswer.of(AddressOrigin.OLDER_ADDRESS, LocalDate.of(1996, 11, 30))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("before OCN mail began");
        assertThat(policy.decide(new EligibilityAnswer(AddressOrigin.OLDER_ADDRESS,
                Optional.of(LocalDate.of(1996, 12, 1)), VersionUp.DONE)))
                .isInstanceOf(EligibilityOutcome.Eligible.class);
    }

    @Test
    void that_webmail_users_need_no_change_whatever_their_address() {
        EligibilityOutcome outcome = policy.decide(MailUse.WEBMAIL_ONLY,
                new EligibilityAnswer(AddressOrigin.OLDER_ADDRESS, Optional.empty(), VersionUp.NOT_DONE));

        assertThat(outcome).isInstanceOf(EligibilityOutcome.NoChangeNeeded.class);
        assertThat(outcome.nextStep().in(Locale.JAPANESE)).contains("特別な設定は不要");
    }
}
