package io.github.ocnmailsetup.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.ui.OnlyOwnAsyncExceptions;
import io.github.ocnmailsetup.ui.Screenshots;
import io.github.ocnmailsetup.ui.WizardOptions;
import io.github.ocnmailsetup.ui.WizardRobot;
import io.github.ocnmailsetup.ui.WizardWindow;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard against the demo's embedded mail server, as a new user meets it: from Welcome through a passed
 * live test to Done, in both languages, with the keyboard alone, and with a wrong password.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class DemoWizardTest {

    private static DemoServer server;
    private Stage stage;
    @TempDir Path data;

    @BeforeAll
    static void startServer() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot open(FxRobot robot, Locale locale, String prefix) {
        return open(robot, locale, prefix, server.trust());
    }

    private WizardRobot open(FxRobot robot, Locale locale, String prefix, javax.net.ssl.SSLContext trust) {
        WizardOptions options = WizardOptions.of(data, locale, server.settings(), trust)
                .withFixedLocale(locale).withDemoAccount(DemoServer.ACCOUNT)
                .withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WizardWindow.open(stage, options, uri -> { })));
        return new WizardRobot(robot, window.get(), stage, prefix);
    }

    /**
     * At 200% text the test's result lies below its four steps and Next takes the focus when it passes: the result is
     * scrolled into view, so a keyboard user sees it before pressing Enter.
     */
    @Test
    void that_at_200_percent_a_passed_test_scrolls_its_result_into_view(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, "large-demo");
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                wizard.window().composition().display().scaleText(1);
            }
            wizard.window().composition().pages().account().addressProperty().set(DemoServer.ACCOUNT.address());
            wizard.window().composition().pages().account().typePassword(
                    io.github.ocnmailsetup.domain.Secret.of(DemoServer.ACCOUNT.password()));
            wizard.window().composition().shell().goTo(Page.TEST);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = robot.lookup("#pageScroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node result = robot.lookup("#resultHeadline").query();
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds b = result.localToScene(result.getLayoutBounds());
        assertThat(b.getMinY()).as("the result's headline is in view").isBetween(view.getMinY(), view.getMaxY() - b.getHeight());
        assertThat(robot.lookup("#nextButton").queryButton().isFocused()).isTrue();
        wizard.shot("4-test-passed-200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void that_a_new_user_goes_from_welcome_through_a_passed_live_test_to_done(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "demo");
        assertThat(wizard.page()).isEqualTo(Page.WELCOME);
        assertThat(wizard.nextEnabled()).as("Next waits for an answer").isFalse();
        wizard.shot("1-welcome").click("#mailSoftware").next();

        assertThat(wizard.page()).isEqualTo(Page.ELIGIBILITY);
        wizard.click("#newSubscription").write("#date", lang.equals("ja") ? "H22.4.1" : "2010-04-01");
        assertThat(wizard.shows(wizard.text("eligibility.outcome.eligible"))).isTrue();
        wizard.shot("2-eligibility").next();

        assertThat(wizard.page()).isEqualTo(Page.ACCOUNT);
        wizard.write("#address", DemoServer.ACCOUNT.address()).write("#password", DemoServer.ACCOUNT.password());
        String advice = robot.lookup("#passwordAdvice").queryLabeled().getText();
        assertThat(advice).as("the 8-character rule says its case, never the length").contains("9").contains("8")
                .doesNotContain("13");
        assertThat(advice).as("never the characters").doesNotContain("ocn-demo");
        wizard.shot("3-account").next();

        assertThat(wizard.page()).isEqualTo(Page.TEST);
        wizard.shot("4-test-ready").click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        var stats = wizard.window().composition().pages().test().mailboxProperty().get();
        assertThat(stats.messages()).isEqualTo(3);
        assertThat(wizard.shows(wizard.text("test.mailbox", 3,
                io.github.ocnmailsetup.domain.NoticeMessages.megabytes(stats.bytes())))).isTrue();
        assertThat(stats.bytes()).isGreaterThan(1_000_000);
        wizard.shot("4-test-passed");
        robot.interact(() -> wizard.window().composition().pages().account().typePassword(io.github.ocnmailsetup.domain.Secret.of("changed-it")));
        assertThat(wizard.nextEnabled()).as("a changed password must be tested again").isFalse();
        robot.interact(() -> wizard.window().composition().pages().account().typePassword(io.github.ocnmailsetup.domain.Secret.of(DemoServer.ACCOUNT.password())));
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        wizard.next();

        assertThat(wizard.page()).isEqualTo(Page.CLIENT);
        wizard.click("#client-thunderbird").click("#keepOnServer");
        assertThat(wizard.nextEnabled()).as("the two settings wait for 'I have set this'").isFalse();
        wizard.click("#keepSet").click("#deleteSet").shot("5-client").next();

        assertThat(wizard.page()).isEqualTo(Page.MAIL_AGAIN);
        assertThat(wizard.nextEnabled()).isFalse();
        wizard.click("#acknowledged").shot("6-mail-again").next();

        assertThat(wizard.page()).isEqualTo(Page.SETTINGS);
        assertThat(wizard.shows("pop.ocn.ne.jp")).isFalse(); // values are in monospaced fields, not labels
        wizard.shot("7-settings").next();

        assertThat(wizard.page()).isEqualTo(Page.DONE);
        wizard.shot("8-done").next();
        assertThat(stage.isShowing()).as("Finish closes the window").isFalse();

        RememberedAnswers remembered = new AnswersStore(data).load();
        assertThat(remembered.address()).contains(DemoServer.ACCOUNT.address());
        assertThat(remembered.returning()).isTrue();
        assertThat(Files.exists(Screenshots.folder().resolve("demo-" + lang + "-4-test-passed.png"))).isTrue();
    }

    @Test
    void that_a_returning_user_tests_from_the_home_screen_and_the_password_is_not_kept(FxRobot robot) {
        new AnswersStore(data).save(new RememberedAnswers(java.util.Optional.of(DemoServer.ACCOUNT.address()),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), true, false, 100));
        WizardRobot wizard = open(robot, Locale.JAPANESE, "home-demo");
        assertThat(wizard.page()).isEqualTo(Page.HOME);
        robot.write(DemoServer.ACCOUNT.password()).type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.TEST);
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        assertThat(wizard.nextEnabled()).as("from the home screen the way on is the settings").isTrue();
        wizard.shot("4-test-from-home").click("#backButton");
        assertThat(wizard.page()).isEqualTo(Page.HOME);
        assertThat(wizard.window().composition().pages().account().password()).as("kept while the window is open")
                .isPresent();
        robot.interact(() -> wizard.window().close());
        assertThat(wizard.window().composition().pages().account().password()).as("dropped when the window closes")
                .isEmpty();
        String remembered = readAnswersFile();
        assertThat(remembered).contains(DemoServer.ACCOUNT.address());
        assertThat(remembered).doesNotContain(DemoServer.ACCOUNT.password()).doesNotContain("ocn-demo");
    }

    private String readAnswersFile() {
        try {
            return Files.readString(new AnswersStore(data).file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void that_a_wrong_password_shows_its_remedy(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.ENGLISH, "wrong-password");
        wizard.click("#mailSoftware").next().click("#olderAddress").click("#versionUpDone").next();
        wizard.write("#address", DemoServer.ACCOUNT.address()).write("#password", "wrong-one").next();
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.FAILED);
        assertThat(wizard.shows("did not accept the mail address or the mail password")).isTrue();
        assertThat(wizard.shows("Japanese input left on")).isTrue();
        assertThat(wizard.shows("Caps Lock")).isTrue();
        assertThat(wizard.nextEnabled()).isFalse();
        wizard.shot("4-test-failed");
        wizard.click("#copyReport");
        assertThat(wizard.shows(wizard.text("test.copied"))).isTrue();
    }

    @Test
    void that_the_wizard_can_be_finished_with_the_keyboard_alone(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.ENGLISH, "keyboard");
        // Welcome: the first choice has the focus; Space chooses, Enter is Next (the default button).
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.focusOwner()).isEqualTo("RadioButton#mailSoftware");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().pages().welcome().mailUseProperty().get()).isNotNull();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).isEqualTo(Page.ELIGIBILITY);
        // Eligibility: the mnemonic Alt+J reaches "joined on or after", Alt+W the date.
        robot.push(KeyCode.ALT, KeyCode.J); // the mnemonic moves the focus to the choice, Space chooses
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().pages().eligibility().originProperty().get()).isNotNull();
        robot.push(KeyCode.ALT, KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.focusOwner()).isEqualTo("TextField#date");
        robot.write("2010/04/01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().pages().eligibility().outcomeProperty().get()).isNotNull();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).isEqualTo(Page.ACCOUNT);
        robot.write(DemoServer.ACCOUNT.address()).type(KeyCode.TAB).write(DemoServer.ACCOUNT.password())
                .type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.TEST);
        robot.type(KeyCode.SPACE);
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        robot.type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.CLIENT);
        robot.type(KeyCode.TAB); // from the page to the first mail software
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // the message count is only a hint: choose "keep it on the server", then tick both "I have set this"
        for (int i = 0; i < 20 && !wizard.nextEnabled(); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            if (robot.lookup("#keepOnServer").tryQuery().map(n -> n.isFocused()).orElse(false)
                    || robot.lookup("#keepSet").tryQuery().map(n -> n.isFocused()).orElse(false)
                    || robot.lookup("#deleteSet").tryQuery().map(n -> n.isFocused()).orElse(false)) {
                robot.type(KeyCode.SPACE);
            }
        }
        robot.type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.MAIL_AGAIN);
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.SETTINGS);
        robot.type(KeyCode.ENTER);
        assertThat(wizard.page()).isEqualTo(Page.DONE);
        // The last page opens on its first offer, so Enter does not close the app unseen; Alt+F is Finish (the
        // "Show the folder" button used to hold F too, and took the key).
        assertThat(robot.lookup("#firstOffer .button").queryAs(javafx.scene.Node.class).isFocused()).isTrue();
        robot.push(KeyCode.ALT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_a_wrong_password_leads_to_the_password_field_and_the_corrected_one_passes(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "fix-password");
        wizard.click("#mailSoftware").next().click("#olderAddress").click("#versionUpDone").next();
        wizard.write("#address", DemoServer.ACCOUNT.address()).write("#password", "wrong-one").next();
        robot.type(KeyCode.SPACE); // the start button has the focus
        assertThat(wizard.awaitTestResult()).isEqualTo(State.FAILED);
        assertThat(wizard.focusOwner()).as("the most likely fix has the focus").isEqualTo("Button#action-CORRECT_PASSWORD");
        assertThat(robot.lookup("#action-CORRECT_ADDRESS").tryQuery()).isPresent();
        assertThat(robot.lookup("#action-VERSION_UP").tryQuery()).as("an older address: the version-up may be why")
                .isPresent();
        assertThat(robot.lookup("#wayOnBox").query().isVisible()).isTrue();
        wizard.shot("4-test-failed-actions");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).isEqualTo(Page.ACCOUNT);
        assertThat(wizard.focusOwner()).isEqualTo("PasswordField#password");
        String reason = robot.lookup("#correctionNote").queryLabeled().getText();
        assertThat(reason).contains(lang.equals("ja") ? "メールアドレスかメールパスワード" : "the mail address or the mail password");
        PasswordField wrong = robot.lookup("#password").queryAs(PasswordField.class);
        assertThat(wrong.getSelectedText()).as("the old password is selected, so typing replaces it")
                .isEqualTo("wrong-one");
        wizard.shot("3-account-correct-password");
        robot.write(DemoServer.ACCOUNT.password()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.page()).isEqualTo(Page.TEST);
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.PASSED);
        assertThat(robot.lookup("#wayOnBox").query().isVisible()).as("passed: no need to skip").isFalse();
        wizard.shot("4-test-passed-after-fix").next();
        assertThat(wizard.page()).isEqualTo(Page.CLIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_a_user_without_the_password_skips_the_test_and_still_gets_the_settings_and_the_files(String lang,
            FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "no-password");
        wizard.click("#mailSoftware").next().click("#originUnknown").next();
        wizard.write("#address", DemoServer.ACCOUNT.address());
        assertThat(wizard.nextEnabled()).as("no password at hand is no dead end").isTrue();
        wizard.next();
        assertThat(wizard.page()).isEqualTo(Page.TEST);
        assertThat(robot.lookup("#passwordPrompt").query().isVisible()).isTrue();
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();
        assertThat(wizard.nextEnabled()).isFalse();
        wizard.shot("4-test-no-password").click("#continueWithoutTest");
        assertThat(wizard.page()).isEqualTo(Page.CLIENT);
        wizard.click("#client-iphone").click("#download").next();
        assertThat(wizard.page()).isEqualTo(Page.MAIL_AGAIN);
        String without = io.github.ocnmailsetup.domain.NoticeMessages.mailComesAgain().in(wizard.locale());
        assertThat(wizard.shows(without)).as("without a test the page speaks without the count").isTrue();
        assertThat(wizard.shows(wizard.text("password.need.title"))).isTrue();
        wizard.shot("6-mail-again-no-count").click("#acknowledged").next();
        assertThat(wizard.page()).isEqualTo(Page.SETTINGS);
        wizard.shot("7-settings-untested").next();
        assertThat(wizard.page()).isEqualTo(Page.DONE);
        assertThat(robot.lookup("#testOpen").query().isVisible()).as("Done says the test is still open").isTrue();
        assertThat(robot.lookup("#firstOffer #save-mobileconfig").tryQuery()).as("the iPhone's file first").isPresent();
        assertThat(wizard.shows(wizard.text("done.mobileconfig.iphone"))).isTrue();
        assertThat(wizard.shows(wizard.text("done.mobileconfig.transfer"))).as("how the file gets onto the iPhone")
                .isTrue();
        assertThat(wizard.shows(wizard.text("done.mobileconfig.secondAccount"))).isTrue();
        wizard.shot("8-done-untested");
    }

    @Test
    void that_a_certificate_this_computer_does_not_trust_is_explained_with_its_issuer_and_never_accepted(
            FxRobot robot) throws Exception {
        WizardRobot wizard = open(robot, Locale.JAPANESE, "certificate", javax.net.ssl.SSLContext.getDefault());
        wizard.click("#mailSoftware").next().click("#originUnknown").next();
        wizard.write("#address", DemoServer.ACCOUNT.address()).write("#password", DemoServer.ACCOUNT.password()).next();
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.FAILED);
        var failed = (io.github.ocnmailsetup.probe.CheckResult.Failed) wizard.window().composition().pages().test()
                .resultProperty().get();
        assertThat(failed.kind()).isEqualTo(io.github.ocnmailsetup.probe.FailureKind.TLS_UNTRUSTED_CERTIFICATE);
        String issuer = failed.certificateDetails().orElseThrow().issuer();
        String note = robot.lookup("#scannerNote").queryLabeled().getText();
        assertThat(note).contains(issuer).contains("セキュリティソフト");
        assertThat(robot.lookup(".failure-action").tryQuery()).as("nothing to trust, nothing to turn off").isEmpty();
        assertThat(robot.lookup("#wayOnBox").query().isVisible()).isTrue();
        wizard.shot("4-test-certificate");
    }
}
