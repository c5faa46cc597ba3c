package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The remembered answers fill the pages, and the pages give back the same answers: never the password. */
class RememberedAnswersMapperTest {

    private final WelcomeViewModel welcome = new WelcomeViewModel();
    private final EligibilityViewModel eligibility = new EligibilityViewModel(
            new EligibilityPolicy(OcnSettings.bundled(), Clock.systemUTC()));
    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());
    private final ClientViewModel client = new ClientViewModel();
    private final RememberedAnswersMapper mapper = new RememberedAnswersMapper(welcome, eligibility, account, client,
            new SetUpAddresses());

    @Test
    void that_the_answers_read_back_as_they_were_remembered() {
        RememberedAnswers remembered = new RememberedAnswers(Optional.of("taro@abc.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.of(MailClient.THUNDERBIRD),
                Optional.of(AddressOrigin.OLDER_ADDRESS), Optional.empty(), Optional.of(VersionUp.DONE),
                Optional.of(Locale.JAPANESE), true, true, 150);
        mapper.fill(remembered);
        assertThat(account.addressProperty().get()).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(client.clientProperty().get()).isEqualTo(MailClient.THUNDERBIRD);
        assertThat(mapper.read(Locale.JAPANESE, true, true, 150)).isEqualTo(remembered);
    }

    @Test
    void that_a_date_answer_comes_back_and_the_version_up_only_where_it_is_asked() {
        mapper.fill(new RememberedAnswers(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AddressOrigin.NEW_SUBSCRIPTION), Optional.of(LocalDate.of(2010, 4, 1)),
                Optional.of(VersionUp.NOT_DONE), Optional.empty(), false, false, 100));
        RememberedAnswers read = mapper.read(Locale.ENGLISH, false, false, 100);
        assertThat(read.origin()).contains(AddressOrigin.NEW_SUBSCRIPTION);
        assertThat(read.date()).contains(LocalDate.of(2010, 4, 1));
        assertThat(read.versionUp()).as("a new subscription is not asked about the version-up").isEmpty();
    }

    @Test
    void that_a_typed_password_is_not_among_the_answers() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("abcdefghijk"));
        assertThat(mapper.read(Locale.ENGLISH, false, false, 100).toString()).doesNotContain("abcdefgh");
    }

    @Test
    void that_a_typed_address_is_not_remembered_until_it_is_set_up() {
        account.addressProperty().set("typo@abc.ocn.ne.jp");
        assertThat(mapper.read(Locale.ENGLISH, false, false, 100).addresses()).isEmpty();
    }

    @Test
    void that_several_set_up_addresses_and_the_later_change_answer_come_back() {
        RememberedAnswers remembered = new RememberedAnswers(List.of("hanako@xyz.ocn.ne.jp", "taro@abc.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.empty(), Optional.of(AddressOrigin.NEW_SUBSCRIPTION),
                Optional.of(LocalDate.of(2005, 4, 1)), Optional.of(LaterAddressChange.NO),
                Optional.of(VersionUp.DONE), Optional.of(Locale.ENGLISH), true, false, 100);
        mapper.fill(remembered);
        assertThat(account.addressProperty().get()).as("the most recent").isEqualTo("hanako@xyz.ocn.ne.jp");
        assertThat(eligibility.outcomeProperty().get()).isInstanceOf(EligibilityOutcome.Eligible.class);
        assertThat(mapper.read(Locale.ENGLISH, true, false, 100)).isEqualTo(remembered);
    }
}
