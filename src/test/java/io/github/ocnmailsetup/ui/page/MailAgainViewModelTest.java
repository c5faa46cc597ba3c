package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 6, "mail comes again", without a window. */
class MailAgainViewModelTest {

    @Test
    void that_mail_comes_again_needs_an_acknowledgement_only_when_there_is_mail() {
        MailAgainViewModel mail = new MailAgainViewModel();
        mail.messagesProperty().set(0);
        assertThat(mail.answered().get()).isTrue();
        assertThat(mail.message().get().in(Locale.ENGLISH)).contains("nothing will be received twice");
        mail.messagesProperty().set(12);
        mail.bytesProperty().set(3_400_000);
        assertThat(mail.answered().get()).isFalse();
        assertThat(mail.message().get().in(Locale.JAPANESE)).contains("12通").doesNotContain("MB"); // sizes are for the details (issue 15)
        mail.acknowledgedProperty().set(true);
        assertThat(mail.answered().get()).isTrue();
    }
}
