package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.clients.InstalledThunderbird;
import io.github.ocnmailsetup.clients.ThunderbirdEnvironment;
import io.github.ocnmailsetup.clients.ThunderbirdSetup;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.ui.page.ThunderbirdViewModel.Search;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page 7's Thunderbird change without a window, on a copy of a real Thunderbird 153 profile: finding the profile,
 * the apply and the undo run on the background executor while the page shows it is busy.
 */
class ThunderbirdViewModelTest {

    @TempDir Path home;
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor uiThread = new QueuedExecutor();
    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());
    private final ClientViewModel client = new ClientViewModel();
    private Path prefs;
    private ThunderbirdViewModel thunderbird;

    @BeforeEach
    void a_profile_with_the_ocn_account() throws Exception {
        prefs = thunderbirdProfile().resolve("prefs.js");
        ThunderbirdSetup setup = new ThunderbirdSetup(new ThunderbirdEnvironment(home, Map.of(),
                ThunderbirdEnvironment.OperatingSystem.LINUX), OcnSettings.bundled(), pid -> false, Clock.systemUTC());
        thunderbird = new ThunderbirdViewModel(setup, account, client, background, uiThread);
        account.addressProperty().set("taro@abc.ocn.ne.jp");
    }

    @Test
    void that_the_profile_is_looked_for_in_the_background_while_the_page_shows_the_search() {
        client.clientProperty().set(MailClient.THUNDERBIRD);
        thunderbird.findPlan();
        assertThat(thunderbird.searchProperty().get()).isEqualTo(Search.SEARCHING);
        assertThat(thunderbird.busyProperty().get()).isTrue();
        assertThat(thunderbird.planProperty().get()).isNull();
        background.runAll();
        uiThread.runAll();
        assertThat(thunderbird.searchProperty().get()).isEqualTo(Search.FOUND);
        assertThat(thunderbird.busyProperty().get()).isFalse();
        assertThat(thunderbird.planProperty().get().accounts()).isNotEmpty();
        assertThat(thunderbird.undoAvailableProperty().get()).isFalse();
    }

    @Test
    void that_a_profile_whose_prefs_break_the_grammar_is_named_with_its_line_not_hidden_as_not_found()
            throws IOException {
        Files.writeString(prefs, Files.readString(prefs) + "\nuser_pref(\"mail.unfinished\", \"no end);\n");
        client.clientProperty().set(MailClient.THUNDERBIRD);
        thunderbird.findPlan();
        background.runAll();
        uiThread.runAll();

        assertThat(thunderbird.searchProperty().get()).isEqualTo(Search.UNREADABLE);
        assertThat(thunderbird.planProperty().get()).as("nothing to apply").isNull();
        String words = thunderbird.outcomeProperty().get().stream().map(t -> t.in(Locale.ENGLISH))
                .reduce("", (a, b) -> a + " " + b);
        assertThat(words).contains("changes nothing").containsPattern("line \\d+");
    }

    @Test
    void that_other_mail_software_gets_no_search_at_all() {
        client.clientProperty().set(MailClient.BECKY);
        thunderbird.findPlan();
        assertThat(thunderbird.searchProperty().get()).isEqualTo(Search.NONE);
        assertThat(background.waiting()).isZero();
    }

    @Test
    void that_apply_and_undo_write_off_the_ui_thread_and_say_what_they_did() throws Exception {
        String before = Files.readString(prefs);
        client.clientProperty().set(MailClient.THUNDERBIRD);
        thunderbird.findPlan();
        background.runAll();
        uiThread.runAll();

        thunderbird.apply();
        assertThat(thunderbird.busyProperty().get()).isTrue();
        assertThat(Files.readString(prefs)).as("nothing written on the UI thread").isEqualTo(before);
        background.runAll();
        uiThread.runAll();
        assertThat(Files.readString(prefs)).contains("pop.ocn.ne.jp");
        assertThat(words()).startsWith("Done:").contains("first 8");
        assertThat(thunderbird.appliedProperty().get()).isTrue();
        assertThat(thunderbird.undoAvailableProperty().get()).isTrue();

        thunderbird.undo();
        background.runAll();
        uiThread.runAll();
        assertThat(Files.readString(prefs)).isEqualTo(before);
        assertThat(words()).startsWith("Put back:");
        assertThat(thunderbird.appliedProperty().get()).isFalse();
        assertThat(thunderbird.busyProperty().get()).isFalse();
    }

    private String words() {
        return String.join("\n", thunderbird.outcomeProperty().get().stream().map(t -> t.in(Locale.ENGLISH)).toList());
    }

    /** A copy of the real Thunderbird 153 test profile under home/.thunderbird, listed in profiles.ini. */
    private Path thunderbirdProfile() {
        return InstalledThunderbird.real153Under(home.resolve(".thunderbird"));
    }
}
