package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page ViewModels, without a window: what Next waits for, and what the pages say. */
class ViewModelsTest {

    private final EligibilityViewModel eligibility = new EligibilityViewModel(new EligibilityPolicy(
            OcnSettings.bundled(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));
    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());

    @Test
    void that_a_japanese_era_date_on_the_boundary_is_eligible() {
        eligibility.originProperty().set(OriginChoice.NEW_SUBSCRIPTION);
        eligibility.dateTextProperty().set("平成21年11月24日");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThat(eligibility.answered().get()).isTrue();
    }

    @Test
    void that_the_day_before_the_boundary_cannot_be_decided_by_date_alone() {
        eligibility.originProperty().set(OriginChoice.ADDRESS_ADDED_OR_CHANGED);
        eligibility.dateTextProperty().set("2009/11/23");
        assertThat(eligibility.outcomeProperty().get()).isNotInstanceOf(EligibilityOutcome.Eligible.class);
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
    void that_a_long_password_gives_the_count_and_never_the_characters() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.passwordProperty().set("abcdefghijk");
        String advice = account.passwordAdviceProperty().get().in(Locale.ENGLISH);
        assertThat(advice).contains("11").contains("8").doesNotContain("abcdefgh");
        assertThat(account.passwordForMailSoftware().orElseThrow().toType().reveal()).isEqualTo("abcdefgh");
        assertThat(account.answered().get()).isTrue();
    }

    @Test
    void that_a_full_width_password_gets_a_note_and_cannot_go_on_until_retyped() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.passwordProperty().set("ｐａｓｓ1234");
        assertThat(account.passwordAdviceProperty().get().in(Locale.JAPANESE)).contains("全角");
        assertThat(account.passwordForMailSoftware()).isEmpty();
        assertThat(account.answered().get()).isFalse();

        account.passwordProperty().set("pass1234");
        assertThat(account.passwordAdviceProperty().get()).isNull();
        assertThat(account.answered().get()).isTrue();
    }

    @Test
    void that_eight_characters_need_no_advice_and_a_foreign_address_is_refused() {
        account.passwordProperty().set("abcdefgh");
        assertThat(account.passwordAdviceProperty().get()).isNull();
        account.addressProperty().set("taro@gmail.com");
        assertThat(account.addressProblemProperty().get()).isNotNull();
        assertThat(account.answered().get()).isFalse();
    }

    @Test
    void that_keeping_mail_waits_for_both_settings_to_be_set_and_the_count_suggests_it() {
        ClientViewModel client = new ClientViewModel();
        client.messagesOnServerProperty().set(3);
        assertThat(client.retentionProperty().get()).isEqualTo(RetentionChoice.KEEP_ON_SERVER);
        client.clientProperty().set(MailClient.OUTLOOK);
        assertThat(client.answered().get()).isFalse();
        client.keepSetProperty().set(true);
        client.deleteSetProperty().set(true);
        assertThat(client.answered().get()).isTrue();
        client.clientProperty().set(MailClient.BECKY);
        assertThat(client.answered().get()).as("another software: its own two settings").isFalse();
        client.retentionProperty().set(RetentionChoice.DOWNLOAD_AND_DELETE);
        assertThat(client.answered().get()).isTrue();
    }

    @Test
    void that_mail_comes_again_needs_an_acknowledgement_only_when_there_is_mail() {
        MailAgainViewModel mail = new MailAgainViewModel();
        mail.messagesProperty().set(0);
        assertThat(mail.answered().get()).isTrue();
        assertThat(mail.message().get().in(Locale.ENGLISH)).contains("nothing will be received twice");
        mail.messagesProperty().set(12);
        mail.bytesProperty().set(3_400_000);
        assertThat(mail.answered().get()).isFalse();
        assertThat(mail.message().get().in(Locale.JAPANESE)).contains("12通").contains("3.4 MB");
        mail.acknowledgedProperty().set(true);
        assertThat(mail.answered().get()).isTrue();
    }

    @Test
    void that_the_settings_table_follows_the_notice_order_and_marks() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        SettingsViewModel settings = new SettingsViewModel(OcnSettings.bundled(), account, new ClientViewModel());
        var rows = settings.rows();
        assertThat(rows).extracting(r -> r.label().key()).containsExactly("settings.username",
                "settings.password", "settings.pop.server", "settings.pop.port", "settings.pop.ssl",
                "settings.smtp.server", "settings.smtp.port", "settings.smtp.auth", "settings.smtp.ssl");
        assertThat(rows).extracting(r -> r.copyValue().orElse("")).contains("taro@abc.ocn.ne.jp",
                "pop.ocn.ne.jp", "995", "smtp.ocn.ne.jp", "465");
        assertThat(rows.get(1).copyValue()).as("the password is never offered to copy").isEmpty();
        assertThat(rows.get(1).mark()).isEqualTo(NoticeRemark.NO_CHANGE_IF_WORKING);
        assertThat(rows.get(7).mark()).isEqualTo(NoticeRemark.CHANGE_IF_NOT_SET);
        assertThat(rows.get(2).before().in(Locale.ENGLISH)).isEqualTo("abc.ocn.ne.jp (a guess from your address)");
        settings.oldServerProperty().set("mail.example.ocn.ne.jp");
        assertThat(settings.rows().get(2).before().in(Locale.ENGLISH)).isEqualTo("mail.example.ocn.ne.jp");
    }
}
