package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wizard's own arguments: --demo and --lang ja|en; anything else is a usage error. */
class WizardStartTest {

    @Test
    void that_no_arguments_mean_the_real_servers_in_the_system_language() {
        assertThat(WizardStart.Arguments.parse(new String[0])).isEqualTo(new WizardStart.Arguments(false, null));
    }

    @Test
    void that_demo_and_language_are_read_in_both_spellings() {
        assertThat(WizardStart.Arguments.parse(new String[] {"--demo", "--lang", "ja"}))
                .isEqualTo(new WizardStart.Arguments(true, Locale.JAPANESE));
        assertThat(WizardStart.Arguments.parse(new String[] {"--lang=EN"}))
                .isEqualTo(new WizardStart.Arguments(false, Locale.ENGLISH));
    }

    @Test
    void that_an_unknown_language_or_argument_is_refused() {
        assertThat(WizardStart.Arguments.parse(new String[] {"--lang", "fr"})).isNull();
        assertThat(WizardStart.Arguments.parse(new String[] {"--lang"})).isNull();
        assertThat(WizardStart.Arguments.parse(new String[] {"--demo", "--fast"})).isNull();
    }

    @Test
    void that_a_bad_argument_exits_with_2_and_opens_no_window(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        AppFolders folders = new AppFolders(home.resolve("data"), home.resolve("logs"));
        assertThat(WizardStart.start(folders, new String[] {"--colour"})).isEqualTo(2);
    }

    @Test
    void that_a_bad_command_line_is_explained_in_the_language_it_asked_for() {
        assertThat(WizardStart.languageAsked(new String[] {"--lang", "ja", "bogus"})).isEqualTo(Locale.JAPANESE);
        assertThat(WizardStart.languageAsked(new String[] {"bogus", "--lang=en"})).isEqualTo(Locale.ENGLISH);
        assertThat(WizardStart.languageAsked(new String[] {"--lang", "xx", "bogus"})).isEqualTo(
                io.github.ocnmailsetup.domain.I18n.systemLanguage());
    }
}
