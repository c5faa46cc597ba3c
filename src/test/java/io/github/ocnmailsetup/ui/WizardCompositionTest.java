package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.AccountViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's models as the composition root wires them, without a window: where the password lives and when it
 * is dropped, what is remembered between launches, and where Next goes.
 */
class WizardCompositionTest {

    @TempDir Path data;

    private WizardComposition launch() throws Exception {
        WizardOptions options = WizardOptions.of(data, Locale.ENGLISH, OcnSettings.bundled(), SSLContext.getDefault())
                .withThunderbirdHome(data.resolve("home"));
        return WizardComposition.build(options, Runnable::run);
    }

    @Test
    void that_the_password_is_kept_while_a_page_can_use_it_and_dropped_when_the_user_starts_over() throws Exception {
        WizardComposition wizard = launch();
        AccountViewModel account = wizard.pages().account();
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("abcdefghijk"));
        wizard.shell().goTo(Page.DONE);
        wizard.pages().done().testAgain();
        assertThat(wizard.shell().pageProperty().get()).isEqualTo(Page.TEST);
        assertThat(account.password()).as("'test again' on the last page still has it").isPresent();
        assertThat(wizard.pages().test().passwordMissing().get()).isFalse();

        wizard.shell().startOver();
        assertThat(wizard.shell().pageProperty().get()).isEqualTo(Page.WELCOME);
        assertThat(account.password()).as("dropped when the user starts over").isEmpty();
        assertThat(account.addressProperty().get()).as("the other answers stay").isEqualTo("taro@abc.ocn.ne.jp");
        wizard.shell().goTo(Page.TEST);
        assertThat(wizard.pages().test().passwordMissing().get()).as("the test page asks for it").isTrue();
    }

    @Test
    void that_the_password_is_dropped_when_the_window_closes() throws Exception {
        WizardComposition wizard = launch();
        wizard.pages().account().typePassword(Secret.of("abcdefgh"));
        wizard.shutdown();
        assertThat(wizard.pages().account().password()).isEmpty();
        assertThat(wizard.pages().account().passwordForMailSoftware()).isEmpty();
    }

    @Test
    void that_theme_and_text_size_are_remembered_between_launches() throws Exception {
        WizardComposition first = launch();
        assertThat(first.display().dark()).isFalse();
        first.display().toggleTheme();
        first.display().scaleText(1);
        first.display().scaleText(1);
        first.shutdown();

        WizardComposition second = launch();
        assertThat(second.display().dark()).isTrue();
        assertThat(second.display().textPercentProperty().get()).isEqualTo(130);
        assertThat(second.display().fontPx().get()).isEqualTo(DisplaySettings.BASE_FONT_PX * 1.3);
    }

    @Test
    void that_what_is_remembered_holds_neither_the_password_nor_its_length() throws Exception {
        WizardComposition wizard = launch();
        wizard.pages().account().addressProperty().set("taro@abc.ocn.ne.jp");
        wizard.pages().account().typePassword(Secret.of("Sesame-Open-123456789"));
        wizard.pages().welcome().mailUseProperty().set(MailUse.MAIL_SOFTWARE);
        wizard.pages().client().clientProperty().set(MailClient.BECKY);
        wizard.shell().goTo(Page.SETTINGS);
        wizard.remember();
        String file = Files.readString(new AnswersStore(data).file());
        assertThat(file).contains("taro@abc.ocn.ne.jp").contains("becky")
                .doesNotContain("Sesame").doesNotContain("Sesame-Op").doesNotContainIgnoringCase("password=")
                .doesNotContain("=21");
    }

    @Test
    void that_next_follows_the_answers_and_the_last_page_makes_the_next_launch_a_return() throws Exception {
        WizardComposition wizard = launch();
        ShellViewModel shell = wizard.shell();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.WELCOME);
        shell.next();
        assertThat(shell.pageProperty().get()).as("Next waits for an answer").isEqualTo(Page.WELCOME);
        wizard.pages().welcome().mailUseProperty().set(MailUse.WEBMAIL_ONLY);
        shell.next();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.WEBMAIL);
        wizard.pages().account().addressProperty().set("taro@abc.ocn.ne.jp");
        shell.goTo(Page.DONE);
        assertThat(shell.finished()).isTrue();
        assertThat(launch().shell().pageProperty().get()).as("a typed address is not a set-up one")
                .isEqualTo(Page.WELCOME);

        WizardComposition wizard2 = launch();
        wizard2.pages().account().addressProperty().set("taro@abc.ocn.ne.jp");
        wizard2.shell().goTo(Page.SETTINGS);
        WizardComposition again = launch();
        assertThat(again.shell().pageProperty().get()).as("a returning user gets the home screen").isEqualTo(Page.HOME);
        assertThat(again.pages().home().addresses()).containsExactly("taro@abc.ocn.ne.jp");
    }

    @Test
    void that_check_again_after_the_version_up_returns_to_the_question_with_that_answer() throws Exception {
        WizardComposition wizard = launch();
        ShellViewModel shell = wizard.shell();
        wizard.pages().welcome().mailUseProperty().set(MailUse.MAIL_SOFTWARE);
        shell.next();
        wizard.pages().eligibility().originProperty().set(io.github.ocnmailsetup.ui.page.OriginChoice.OLDER_ADDRESS);
        wizard.pages().eligibility().versionUpProperty().set(io.github.ocnmailsetup.domain.VersionUp.NOT_DONE);
        shell.next();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.VERSION_UP);
        assertThat(wizard.pages().versionUp().outcome()).isPresent();
        wizard.pages().versionUp().versionUpDone();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.ELIGIBILITY);
        assertThat(wizard.pages().eligibility().versionUpProperty().get())
                .isEqualTo(io.github.ocnmailsetup.domain.VersionUp.DONE);
    }

    @Test
    void that_the_home_screen_tests_only_with_a_password_and_set_up_again_drops_it() throws Exception {
        WizardComposition wizard = launch();
        var home = wizard.pages().home();
        wizard.pages().account().addressProperty().set("taro@abc.ocn.ne.jp");
        assertThat(home.address()).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(home.canTest().get()).isFalse();
        home.typePassword(Secret.of("abcdefgh"));
        assertThat(home.canTest().get()).isTrue();
        home.setUpAgain();
        assertThat(wizard.shell().pageProperty().get()).isEqualTo(Page.WELCOME);
        assertThat(home.canTest().get()).as("the password went with 'set up again'").isFalse();
    }

    @Test
    void that_the_title_says_demo_only_in_the_demo_and_follows_the_language() throws Exception {
        WizardComposition wizard = launch();
        String english = wizard.shell().title().get();
        wizard.shell().switchLanguage();
        assertThat(wizard.shell().title().get()).isNotEqualTo(english)
                .isEqualTo(UiText.get(Locale.JAPANESE, "app.title"));
    }
}
