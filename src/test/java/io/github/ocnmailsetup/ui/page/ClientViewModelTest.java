package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import org.junit.jupiter.api.Test;

/** Page 5, the mail software and its two keep-on-server settings, without a window. */
class ClientViewModelTest {

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
}
