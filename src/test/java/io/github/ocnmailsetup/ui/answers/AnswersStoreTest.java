package io.github.ocnmailsetup.ui.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
}
