package io.github.ocnmailsetup.ui.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered answers survive a restart; a damaged file means a fresh start. */
class AnswersStoreTest {

    @TempDir Path data;

    @Test
    void that_answers_come_back_as_they_were_saved() {
        RememberedAnswers saved = new RememberedAnswers(Optional.of("taro@abc.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.of(MailClient.OUTLOOK_NEW),
                Optional.of(AddressOrigin.OLDER_ADDRESS), Optional.of(LocalDate.of(2009, 11, 24)),
                Optional.of(VersionUp.DONE), Optional.of(Locale.JAPANESE), true, true, 150);
        AnswersStore store = new AnswersStore(data.resolve("nested"));
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
        assertThat(store.load().returning()).isTrue();
    }

    @Test
    void that_a_damaged_file_is_a_first_run() throws Exception {
        Files.writeString(data.resolve("answers.properties"), "client=no-such-client\nlanguage=fr\ndate=2009-13-45\n");
        RememberedAnswers loaded = new AnswersStore(data).load();
        assertThat(loaded.client()).isEmpty();
        assertThat(loaded.language()).isEmpty();
        assertThat(loaded.date()).isEmpty();
        assertThat(loaded.returning()).isFalse();
    }

    @Test
    void that_several_set_up_addresses_come_back_in_order_and_never_a_password() throws Exception {
        RememberedAnswers saved = new RememberedAnswers(
                List.of("hanako@xyz.ocn.ne.jp", "taro@abc.ocn.ne.jp", "jiro@def.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.empty(), Optional.of(AddressOrigin.NEW_SUBSCRIPTION),
                Optional.of(LocalDate.of(2005, 4, 1)), Optional.of(LaterAddressChange.NO), Optional.of(VersionUp.DONE),
                Optional.empty(), true, false, 100);
        AnswersStore store = new AnswersStore(data);
        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(store.load().address()).contains("hanako@xyz.ocn.ne.jp");
        assertThat(Files.readString(store.file())).contains("address=hanako@xyz.ocn.ne.jp")
                .doesNotContainIgnoringCase("password=");
    }

    @Test
    void that_a_file_from_an_older_version_with_one_address_is_a_returning_user() throws Exception {
        Files.writeString(data.resolve("answers.properties"), "address=taro@abc.ocn.ne.jp\nfinished=true\n");
        RememberedAnswers loaded = new AnswersStore(data).load();
        assertThat(loaded.addresses()).containsExactly("taro@abc.ocn.ne.jp");
        assertThat(loaded.returning()).isTrue();
    }
}
