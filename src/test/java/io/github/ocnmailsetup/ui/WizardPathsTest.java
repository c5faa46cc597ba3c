package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.FailureKind;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel.State;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
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
 * The wizard's other paths, with the per-user folders in a temporary folder: webmail, not eligible and the
 * re-check after the version-up, Cancel during the test, the language switch, the returning user's home
 * screen, text at 200%, and accessible text on every control.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class WizardPathsTest {

    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot open(FxRobot robot, Locale locale, OcnSettings settings, String prefix) {
        return open(robot, locale, settings, prefix, new ArrayList<>());
    }

    private WizardRobot open(FxRobot robot, Locale locale, OcnSettings settings, String prefix, List<String> opened) {
        SSLContext trust;
        try {
            trust = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        WizardOptions options = WizardOptions.of(data, locale, settings, trust).withFixedLocale(locale)
                .withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WizardWindow.open(stage, options, opened::add)));
        return new WizardRobot(robot, window.get(), stage, prefix);
    }

    private WizardRobot open(FxRobot robot, Locale locale, String prefix) {
        return open(robot, locale, OcnSettings.bundled(), prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void that_webmail_users_are_told_kindly_that_nothing_changes(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "paths");
        wizard.click("#webmailOnly").next();
        assertThat(wizard.page()).isEqualTo(Page.WEBMAIL);
        assertThat(wizard.shows(lang.equals("ja") ? "特別な設定は不要です" : "You do not need to change anything"))
                .isTrue();
        assertThat(robot.lookup("#nextButton").queryButton().getText()).isEqualTo(wizard.text("shell.finish"));
        wizard.shot("webmail").next();
        assertThat(stage.isShowing()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void that_a_not_eligible_address_learns_of_the_version_up_and_can_check_again(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "paths");
        wizard.click("#mailSoftware").next().click("#olderAddress").click("#versionUpNotDone");
        assertThat(wizard.shows(wizard.text("eligibility.outcome.notEligible"))).isTrue();
        wizard.shot("2-not-eligible").next();
        assertThat(wizard.page()).isEqualTo(Page.VERSION_UP);
        assertThat(wizard.nextEnabled()).as("no Next: the way on is the version-up").isFalse();
        assertThat(wizard.shows(lang.equals("ja") ? "バージョンアップ" : "version-up")).isTrue();
        wizard.shot("2-version-up").click("#checkAgain");
        assertThat(wizard.page()).isEqualTo(Page.ELIGIBILITY);
        assertThat(wizard.shows(wizard.text("eligibility.outcome.eligible"))).isTrue();
        wizard.next();
        assertThat(wizard.page()).isEqualTo(Page.ACCOUNT);
    }

    @Test
    void that_cancel_stops_a_test_that_waits_for_a_silent_server(FxRobot robot) throws Exception {
        try (SilentServer silent = new SilentServer()) {
            OcnSettings settings = OcnSettings.bundled().withServers(silent.endpoint(), silent.endpoint());
            WizardRobot wizard = open(robot, Locale.ENGLISH, settings, "cancel");
            wizard.click("#mailSoftware").next().click("#originUnknown").next();
            wizard.write("#address", "taro@abc.ocn.ne.jp").write("#password", "secret12").next();
            wizard.click("#startButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> wizard.window().composition().pages().test().stateProperty().get() == State.RUNNING);
            Thread.sleep(1500);
            assertThat(wizard.window().composition().pages().test().elapsedMillisProperty().get())
                    .as("the elapsed time moves while the window stays responsive").isGreaterThan(500);
            wizard.shot("4-test-running").click("#cancelButton");
            assertThat(wizard.awaitTestResult()).isEqualTo(State.FAILED);
            CheckResult result = wizard.window().composition().pages().test().resultProperty().get();
            assertThat(((CheckResult.Failed) result).kind()).isEqualTo(FailureKind.CANCELLED);
            assertThat(wizard.shows(wizard.text("test.again").replace("_", ""))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_a_blocked_port_is_no_dead_end_the_user_goes_on_to_the_settings_and_the_sheet(String lang,
            FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // nothing listens here afterwards: as a firewall that refuses
        }
        ServerEndpoint blocked = new ServerEndpoint("127.0.0.1", closed);
        List<String> opened = new ArrayList<>();
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), OcnSettings.bundled().withServers(blocked, blocked),
                "blocked", opened);
        wizard.click("#mailSoftware").next().click("#newSubscription").write("#date", "2010/04/01").next();
        wizard.write("#address", "taro@abc.ocn.ne.jp").write("#password", "secret12").next();
        wizard.click("#startButton");
        assertThat(wizard.awaitTestResult()).isEqualTo(State.FAILED);
        assertThat(robot.lookup(".failure-action").tryQuery()).as("nothing on the account page to correct").isEmpty();
        assertThat(wizard.shows(lang.equals("ja") ? "セキュリティソフト" : "Security software")).isTrue();
        assertThat(wizard.nextEnabled()).isFalse();
        wizard.shot("4-test-blocked").click("#continueWithoutTest");
        assertThat(wizard.page()).isEqualTo(Page.CLIENT);
        wizard.click("#client-outlook").click("#download").next();
        assertThat(wizard.page()).isEqualTo(Page.MAIL_AGAIN);
        wizard.click("#acknowledged").next();
        assertThat(wizard.page()).isEqualTo(Page.SETTINGS);
        wizard.next();
        assertThat(wizard.page()).isEqualTo(Page.DONE);
        assertThat(robot.lookup("#testOpen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#firstOffer #print-sheet").tryQuery()).as("Outlook: the printable sheet first")
                .isPresent();
        assertThat(wizard.shows(wizard.text("done.first.sheet.outlook")))
                .as("the Outlook file among the other files is said to set nothing up when opened").isTrue();
        wizard.click("#print-sheet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        Path sheet = Path.of(java.net.URI.create(opened.get(0)));
        assertThat(wizard.awaitShows(sheet.toString())).as("the page says where the sheet is, for no browser").isTrue();
        wizard.shot("8-done-blocked").click("#showSheetFolder");
        assertThat(opened).hasSize(2);
        assertThat(Path.of(java.net.URI.create(opened.get(1)))).isEqualTo(sheet.getParent());
        wizard.click("#backButton").click("#backButton").click("#backButton").click("#backButton");
        assertThat(wizard.page()).isEqualTo(Page.TEST);
        assertThat(wizard.nextEnabled()).as("back on the test page, the way on stays open").isTrue();
    }

    @Test
    void that_closing_the_window_during_a_test_waits_for_it_and_says_what_came_of_it(FxRobot robot) throws Exception {
        try (SilentServer silent = new SilentServer()) {
            OcnSettings settings = OcnSettings.bundled().withServers(silent.endpoint(), silent.endpoint());
            WizardRobot wizard = open(robot, Locale.JAPANESE, settings, "close");
            wizard.click("#mailSoftware").next().click("#originUnknown").next();
            wizard.write("#address", "taro@abc.ocn.ne.jp").write("#password", "secret12").next();
            wizard.click("#startButton");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> wizard.window().composition().pages().test().stateProperty().get() == State.RUNNING);
            robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
            String said = wizard.text("close.nothingSent");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                    && said.equals(l.getText())).tryQuery().isPresent());
            assertThat(stage.isShowing()).as("the window waits until the user has read it").isTrue();
            javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream().filter(w -> w != stage)
                    .findFirst().orElseThrow();
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(dialog.getScene(), "close-ja-4-closing-during-test");
            robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.Button b
                    && b.getScene() == dialog.getScene() && !b.isDisabled()).<Node>query());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.isShowing()).isFalse();
        }
    }

    @Test
    void that_switching_the_language_keeps_every_answer(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.ENGLISH, "language");
        wizard.click("#mailSoftware").next().click("#newSubscription").write("#date", "2010/04/01");
        wizard.click("#languageButton");
        assertThat(wizard.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(wizard.page()).isEqualTo(Page.ELIGIBILITY);
        assertThat(robot.lookup("#date").queryTextInputControl().getText()).isEqualTo("2010/04/01");
        assertThat(wizard.shows("SSLをご利用いただけます")).isTrue();
        wizard.click("#backButton");
        assertThat(robot.lookup("#mailSoftware").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(new AnswersStore(data).load().language()).contains(Locale.JAPANESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void that_a_returning_user_gets_the_home_screen_with_test_and_set_up_again(String lang, FxRobot robot) {
        new AnswersStore(data).save(new RememberedAnswers(Optional.of("taro@abc.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.of(MailClient.THUNDERBIRD),
                Optional.of(AddressOrigin.NEW_SUBSCRIPTION), Optional.of(LocalDate.of(2010, 4, 1)),
                Optional.empty(), Optional.empty(), true, false, 100));
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "home");
        assertThat(wizard.page()).isEqualTo(Page.HOME);
        assertThat(robot.lookup("#address").queryAs(TextInputControl.class).getText()).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(robot.lookup("#testButton").queryButton().isDisabled()).as("asks for the password").isTrue();
        wizard.shot("home").click("#setUpAgain");
        assertThat(wizard.page()).isEqualTo(Page.WELCOME);
        assertThat(robot.lookup("#mailSoftware").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("answers are kept for the set-up").isTrue();
        assertThat(new AnswersStore(data).load().toString()).doesNotContain("password");
        robot.interact(() -> wizard.window().composition().shell().goTo(Page.TEST));
        assertThat(robot.lookup("#passwordPrompt").query().isVisible()).as("the test asks for the dropped password")
                .isTrue();
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#password").write("abcdefgh");
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void that_the_dark_theme_is_one_click_away_and_back(String lang, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.forLanguageTag(lang), "theme");
        wizard.click("#mailSoftware").next().click("#olderAddress").click("#versionUpDone");
        wizard.click("#themeButton");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).endsWith("theme/primer-dark.css");
        assertThat(robot.lookup("#themeButton").queryButton().getText()).isEqualTo(wizard.text("shell.theme.light"));
        wizard.shot("2-eligibility-dark");
        wizard.click("#themeButton");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).endsWith("theme/primer-light.css");
    }

    @Test
    void that_the_visible_password_field_is_in_the_window_only_while_the_password_is_shown(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.ENGLISH, "show-password");
        robot.interact(() -> wizard.window().composition().shell().goTo(Page.ACCOUNT));
        WaitForAsyncUtils.waitForFxEvents();
        wizard.write("#password", "abcdefghijk");
        assertThat(plainFieldsHolding(robot, "abcdefghijk")).as("hidden: only the password field").isZero();
        wizard.click("#showPassword");
        assertThat(plainFieldsHolding(robot, "abcdefghijk")).as("shown: one plain text field").isEqualTo(1);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TextInputControl field
                && !(n instanceof javafx.scene.control.PasswordField) && "abcdefghijk".equals(field.getText()))
                .<Node>query()).type(KeyCode.END).write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().pages().account().password().orElseThrow().reveal())
                .as("typing in the shown field changes the password").isEqualTo("abcdefghijkx");
        wizard.click("#showPassword");
        assertThat(plainFieldsHolding(robot, "abcdefghijkx")).as("hidden again: the plain field is gone").isZero();
        assertThat(robot.lookup("#password").queryTextInputControl().getText()).isEqualTo("abcdefghijkx");
        assertThat(wizard.window().composition().pages().account().password().orElseThrow().reveal())
                .isEqualTo("abcdefghijkx");
    }

    /** Text fields in the window that are not password fields and hold these characters. */
    private static long plainFieldsHolding(FxRobot robot, String characters) {
        return robot.lookup((Node n) -> n instanceof TextInputControl field
                && !(n instanceof javafx.scene.control.PasswordField) && characters.equals(field.getText()))
                .queryAll().size();
    }

    @Test
    void that_text_scales_to_200_percent_and_the_buttons_stay_in_the_window(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, "scale");
        wizard.click("#mailSoftware").next().click("#newSubscription");
        for (int i = 0; i < 6; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        if (wizard.window().composition().display().fontPx().get() < 30) {
            robot.interact(() -> {
                for (int i = 0; i < 6; i++) {
                    wizard.window().composition().display().scaleText(1);
                }
            });
        }
        assertThat(wizard.window().composition().display().fontPx().get()).isEqualTo(2 * DisplaySettings.BASE_FONT_PX);
        Node next = robot.lookup("#nextButton").query();
        var bounds = next.localToScene(next.getBoundsInLocal());
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        wizard.shot("2-eligibility-200");
        robot.interact(() -> wizard.window().composition().display().scaleText(0));
        assertThat(wizard.window().composition().display().fontPx().get()).isEqualTo(DisplaySettings.BASE_FONT_PX);
    }

    @Test
    void that_every_control_on_every_page_has_accessible_text_and_body_text_is_at_least_15px(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.ENGLISH, "a11y");
        List<String> missing = new ArrayList<>();
        for (Page page : new Page[] {Page.WELCOME, Page.ELIGIBILITY, Page.ACCOUNT, Page.TEST, Page.CLIENT,
                Page.MAIL_AGAIN, Page.SETTINGS, Page.DONE, Page.HOME, Page.WEBMAIL, Page.VERSION_UP}) {
            robot.interact(() -> {
                wizard.window().composition().pages().account().addressProperty().set("taro@abc.ocn.ne.jp");
                wizard.window().composition().pages().client().clientProperty().set(MailClient.OUTLOOK);
                wizard.window().composition().shell().goTo(page);
            });
            WaitForAsyncUtils.waitForFxEvents();
            collectMissing(stage.getScene().getRoot(), page, missing);
        }
        assertThat(missing).isEmpty();
        Label body = robot.lookup(".page .label").queryAs(Label.class);
        assertThat(body.getFont().getSize()).isGreaterThanOrEqualTo(15);
    }

    private static void collectMissing(Parent parent, Page page, List<String> missing) {
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (!node.isVisible()) {
                continue;
            }
            if (node instanceof Control control && control.isFocusTraversable()) {
                boolean named = control.getAccessibleText() != null && !control.getAccessibleText().isBlank()
                        || control instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                        || control instanceof TextInputControl && hasLabelFor(control);
                if (!named) {
                    missing.add(page + ": " + control);
                }
            }
            if (node instanceof Parent p) {
                collectMissing(p, page, missing);
            }
        }
    }

    private static boolean hasLabelFor(Control control) {
        return control.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && l.getLabelFor() == control);
    }

    /** A server that accepts connections and never says a word: the check waits until cancelled. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new ArrayList<>();

        SilentServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        held.add(socket.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "silent-server");
            accept.setDaemon(true);
            accept.start();
        }

        ServerEndpoint endpoint() {
            return new ServerEndpoint("127.0.0.1", socket.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
