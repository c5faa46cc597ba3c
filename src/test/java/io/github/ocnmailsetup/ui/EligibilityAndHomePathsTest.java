package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.ui.answers.AnswersStore;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import io.github.ocnmailsetup.ui.flow.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's paths through the real wizard: every combination of the eligibility answers, the follow-up questions
 * that a self-contradicting answer brings, the version-up page's "test anyway", the keep-on-server "I don't know",
 * and the home screen with two addresses.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class EligibilityAndHomePathsTest {

    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot open(FxRobot robot, Locale locale, OcnSettings settings, String prefix) {
        SSLContext trust;
        try {
            trust = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        WizardOptions options = WizardOptions.of(data, locale, settings, trust).withFixedLocale(locale)
                .withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> window.set(WizardWindow.open(stage, options, uri -> { })));
        return new WizardRobot(robot, window.get(), stage, prefix);
    }

    /**
     * Each row: the origin button, the date typed (or "-"), the later-change answer (or "-" when not asked), the
     * version-up answer (or "-"), and the page Next leads to ("-": Next stays off).
     */
    @ParameterizedTest(name = "{0} {1} later={2} versionUp={3} -> {4}")
    @CsvSource({
        "newSubscription, 2010/4/1, -,                  -,                 ACCOUNT",
        "newSubscription, 2005/4/1, -,                  -,                 -",
        "newSubscription, 2005/4/1, laterChangeYes,     -,                 ACCOUNT",
        "newSubscription, 2005/4/1, laterChangeNo,      -,                 -",
        "newSubscription, 2005/4/1, laterChangeNo,      versionUpDone,     ACCOUNT",
        "newSubscription, 2005/4/1, laterChangeNo,      versionUpNotDone,  VERSION_UP",
        "newSubscription, 2005/4/1, laterChangeNo,      versionUpUnknown,  ACCOUNT",
        "newSubscription, 2005/4/1, laterChangeUnknown, versionUpNotDone,  ACCOUNT",
        "addressChanged,  2012/1/5, -,                  -,                 ACCOUNT",
        "addressChanged,  2008/1/5, -,                  -,                 -",
        "addressChanged,  2008/1/5, -,                  versionUpDone,     ACCOUNT",
        "addressChanged,  2008/1/5, -,                  versionUpNotDone,  VERSION_UP",
        "olderAddress,    -,        -,                  versionUpDone,     ACCOUNT",
        "olderAddress,    -,        -,                  versionUpNotDone,  VERSION_UP",
        "olderAddress,    -,        -,                  versionUpUnknown,  ACCOUNT",
        "originUnknown,   -,        -,                  -,                 ACCOUNT",
    })
    void that_each_eligibility_combination_leads_where_the_notice_says(String origin, String date,
            String laterChange, String versionUp, String expected, FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, OcnSettings.bundled(), "eligibility");
        wizard.click("#mailSoftware").next().click("#" + origin);
        if (!"-".equals(date)) {
            wizard.write("#date", date);
        }
        boolean asksLater = origin.equals("newSubscription") && date.startsWith("2005");
        assertThat(robot.lookup("#laterChangeBox").query().isVisible()).as("asks about a later change")
                .isEqualTo(asksLater);
        if (!"-".equals(laterChange)) {
            wizard.click("#" + laterChange);
        }
        if (!"-".equals(versionUp)) {
            assertThat(robot.lookup("#versionUpBox").query().isVisible()).as("asks about the version-up").isTrue();
            wizard.click("#" + versionUp);
        }
        if ("-".equals(expected)) {
            assertThat(wizard.nextEnabled()).as("an open question holds Next").isFalse();
            assertThat(robot.lookup("#questionBox").query().isVisible()).as("says why it asks").isTrue();
            wizard.shot("question-" + origin + (laterChange.equals("-") ? "" : "-" + laterChange));
            return;
        }
        wizard.next();
        assertThat(wizard.page()).isEqualTo(Page.valueOf(expected));
    }

    @Test
    void that_changing_the_choice_clears_the_date_unknown_tick(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, OcnSettings.bundled(), "eligibility");
        wizard.click("#mailSoftware").next().click("#addressChanged").click("#dateUnknown");
        assertThat(wizard.nextEnabled()).isTrue();
        wizard.click("#newSubscription");
        assertThat(robot.lookup("#dateUnknown").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(wizard.nextEnabled()).as("the new choice's date is asked").isFalse();
    }

    @Test
    void that_the_version_up_page_says_where_and_offers_test_anyway(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, OcnSettings.bundled(), "eligibility");
        wizard.click("#mailSoftware").next().click("#olderAddress").click("#versionUpNotDone").next();
        assertThat(wizard.page()).isEqualTo(Page.VERSION_UP);
        assertThat(wizard.shows("OCNにお問い合わせください")).isTrue();
        wizard.shot("version-up").click("#testAnyway");
        assertThat(wizard.page()).isEqualTo(Page.ACCOUNT);
    }

    @Test
    void that_the_home_screen_lists_two_addresses_and_each_can_be_corrected_tested_and_set_up_again(FxRobot robot)
            throws IOException {
        new AnswersStore(data).save(new RememberedAnswers(List.of("hanako@xyz.ocn.ne.jp", "taro@abc.ocn.ne.jp"),
                Optional.of(MailUse.MAIL_SOFTWARE), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, false, 100));
        try (ServerSocket refused = new ServerSocket(0)) {
            ServerEndpoint closed = new ServerEndpoint("127.0.0.1", refused.getLocalPort());
            refused.close();
            WizardRobot wizard = open(robot, Locale.JAPANESE, OcnSettings.bundled().withServers(closed, closed),
                    "home-two");
            assertThat(wizard.page()).isEqualTo(Page.HOME);
            assertThat(robot.lookup("#address").queryAs(TextField.class).getText()).isEqualTo("hanako@xyz.ocn.ne.jp");
            assertThat(robot.lookup("#address-2").queryAs(TextField.class).getText()).isEqualTo("taro@abc.ocn.ne.jp");
            assertThat(robot.lookup("#testButton").queryButton().isDisabled()).as("asks for the password").isTrue();
            assertThat(new AnswersStore(data).load().toString()).doesNotContainIgnoringCase("password");
            wizard.shot("home");
            // Top to bottom as the user works: which address, then the password, then the buttons.
            List<String> order = new java.util.ArrayList<>(List.of(wizard.focusOwner()));
            for (int i = 0; i < 4; i++) {
                robot.type(KeyCode.TAB);
                order.add(wizard.focusOwner());
            }
            assertThat(order).containsExactly("RadioButton#choose", "TextField#address", "TextField#address-2",
                    "PasswordField#password", "Button#setUpAgain");
            assertThat(wizard.shows(wizard.text("home.intro.several"))).isTrue();

            wizard.write("#password", "abcdefgh");
            robot.interact(() -> robot.lookup("#address-2").queryAs(TextField.class).setText("  ＪＩＲＯ＠ABC.OCN.NE.JP "));
            wizard.click("#choose-2");
            assertThat(robot.lookup("#testButton").queryButton().getAccessibleText()).contains("taro@abc.ocn.ne.jp");
            wizard.click("#testButton");
            assertThat(wizard.page()).isEqualTo(Page.TEST);
            assertThat(wizard.window().composition().pages().account().address().orElseThrow().value())
                    .as("the corrected address, as it will be used").isEqualTo("JIRO@abc.ocn.ne.jp");
            wizard.awaitTestResult();
            assertThat(wizard.nextEnabled() || robot.lookup("#backButton").queryButton().isVisible())
                    .as("a way on after the test from home").isTrue();
            wizard.shot("after-test").click("#backButton");
            assertThat(wizard.page()).isEqualTo(Page.HOME);
            assertThat(wizard.window().composition().pages().home().addresses())
                    .containsExactly("hanako@xyz.ocn.ne.jp", "JIRO@abc.ocn.ne.jp");
            assertThat(robot.lookup("#password").queryAs(javafx.scene.control.PasswordField.class).getText())
                    .as("the field shows (masked) the password a test from here uses, not an empty box")
                    .isEqualTo("abcdefgh");

            wizard.click("#addAddress");
            assertThat(wizard.page()).isEqualTo(Page.WELCOME);
            assertThat(wizard.window().composition().pages().account().addressProperty().get()).isEmpty();
            assertThat(wizard.window().composition().pages().account().password()).isEmpty();
        }
    }

    @Test
    void that_keep_on_server_offers_i_dont_know_with_how_to_tell(FxRobot robot) {
        WizardRobot wizard = open(robot, Locale.JAPANESE, OcnSettings.bundled(), "retention");
        robot.interact(() -> wizard.window().composition().shell().goTo(Page.CLIENT));
        WaitForAsyncUtils.waitForFxEvents();
        wizard.click("#client-thunderbird");
        assertThat(wizard.shows(wizard.text("client.retention.howToTell"))).isTrue();
        assertThat(robot.lookup("#notSure").queryAs(RadioButton.class).isSelected()).isFalse();
        wizard.click("#notSure");
        assertThat(robot.lookup("#keepSet").tryQuery()).as("the safe settings to check").isPresent();
        wizard.shot("not-sure");
        robot.type(KeyCode.TAB);
    }
}
