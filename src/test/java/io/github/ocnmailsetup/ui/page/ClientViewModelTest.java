package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import org.junit.jupiter.api.Test;

/** Page 5, the mail software and its two keep-on-server settings, without a window. */
class ClientViewModelTest {

    @Test
    void that_keeping_mail_waits_for_both_settings_to_be_set() {
        ClientViewModel client = new ClientViewModel();
        client.retentionProperty().set(RetentionChoice.KEEP_ON_SERVER);
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
    void that_the_message_count_is_a_hint_and_never_chooses_the_answer() {
        ClientViewModel client = new ClientViewModel();
        client.clientProperty().set(MailClient.THUNDERBIRD);
        client.messagesOnServerProperty().set(3);

        assertThat(client.retentionProperty().get()).isNull();
        assertThat(client.suggestion()).isEqualTo(RetentionChoice.KEEP_ON_SERVER);
        assertThat(client.answered().get()).isFalse();
    }

    @Test
    void that_i_dont_know_gets_the_safe_settings_to_check() {
        ClientViewModel client = new ClientViewModel();
        client.clientProperty().set(MailClient.OUTLOOK);
        client.retentionProperty().set(RetentionChoice.NOT_SURE);

        assertThat(client.keepsMailOnServer().getValue()).isTrue();
        assertThat(client.answered().get()).as("both safe settings first").isFalse();
        client.keepSetProperty().set(true);
        client.deleteSetProperty().set(true);
        assertThat(client.answered().get()).isTrue();
    }

    @Test
    void that_a_user_who_cannot_find_the_two_settings_has_a_true_way_on() {
        ClientViewModel client = new ClientViewModel();
        client.clientProperty().set(MailClient.IPHONE);
        client.retentionProperty().set(RetentionChoice.KEEP_ON_SERVER);
        assertThat(client.answered().get()).isFalse();

        client.cannotFindProperty().set(true);
        assertThat(client.answered().get()).as("no tick that is not true is needed").isTrue();
        client.clientProperty().set(MailClient.OUTLOOK);
        assertThat(client.cannotFindProperty().get()).as("another software: ask again").isFalse();
        assertThat(client.answered().get()).isFalse();
    }
}
