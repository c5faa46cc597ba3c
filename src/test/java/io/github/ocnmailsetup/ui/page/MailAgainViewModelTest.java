package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 6, "mail comes again", without a window. */
class MailAgainViewModelTest {

    @Test
    void that_mail_comes_again_needs_an_acknowledgement_only_when_there_is_mail() {
        MailAgainViewModel mail = new MailAgainViewModel();
        mail.messagesProperty().set(0);
        assertThat(mail.answered().get()).isTrue();
        assertThat(mail.message().get().in(Locale.ENGLISH)).contains("received twice");
        mail.messagesProperty().set(12);
        mail.bytesProperty().set(3_400_000);
        assertThat(mail.answered().get()).isFalse();
        assertThat(mail.message().get().in(Locale.JAPANESE)).contains("12通").doesNotContain("MB"); // sizes are for the details (issue 15)
        mail.acknowledgedProperty().set(true);
        assertThat(mail.answered().get()).isTrue();
    }

    @Test
    void that_the_password_box_names_where_the_chosen_mail_software_asks_in_its_own_words() {
        ClientViewModel client = new ClientViewModel();
        MailAgainViewModel mail = new MailAgainViewModel(client);

        assertThat(mail.passwordWhere(Locale.JAPANESE)).contains("メールソフト").doesNotContain("Thunderbird");
        client.clientProperty().set(MailClient.OUTLOOK);
        assertThat(mail.passwordWhere(Locale.JAPANESE)).contains("Outlook", "「パスワード(P):」");
        assertThat(mail.passwordWhere(Locale.ENGLISH)).contains("Outlook");
        client.clientProperty().set(MailClient.THUNDERBIRD);
        assertThat(mail.passwordWhere(Locale.JAPANESE)).contains("Thunderbird").doesNotContain("設定ファイル");
        client.clientProperty().set(MailClient.IPHONE);
        assertThat(mail.passwordWhere(Locale.JAPANESE)).contains("iPhone", "設定ファイルを入れるとき")
                .doesNotContain("Thunderbird");
        client.clientProperty().set(MailClient.BECKY);
        assertThat(mail.passwordWhere(Locale.JAPANESE)).contains("Becky!");
    }
}
