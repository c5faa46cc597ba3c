package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.ui.flow.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings page in the chosen mail software's words: under every row of the notice's table the box's label as
 * that software shows it (or the notice's words marked as possibly different), its place, the numbered steps, and
 * beside them the Thunderbird apply or the .mobileconfig save; on the client page, Windows Mail told apart from the
 * Windows 10/11 「メール」 app. Saves the screenshots of the user guide.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class SettingsGuideTest {

    private static final String ADDRESS = "taro@abc.ocn.ne.jp";
    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot openAt(FxRobot robot, Page page, MailClient client, Locale locale) {
        WizardOptions options = WizardOptions.of(data, locale, OcnSettings.bundled(), sslContext())
                .withFixedLocale(locale).withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(WizardWindow.open(stage, options, new ArrayList<String>()::add));
            window.get().composition().pages().account().addressProperty().set(ADDRESS);
            window.get().composition().pages().client().clientProperty().set(client);
            window.get().composition().shell().goTo(page);
        });
        return new WizardRobot(robot, window.get(), stage, "guide");
    }

    private static SSLContext sslContext() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String labelText(FxRobot robot, NoticeItem item) {
        return robot.lookup("#guide-label-" + item.id()).queryAs(Label.class).getText();
    }

    @Test
    void that_outlook_users_read_every_box_in_outlooks_japanese_words_and_the_numbered_steps(FxRobot robot) {
        WizardRobot wizard = openAt(robot, Page.SETTINGS, MailClient.OUTLOOK, Locale.JAPANESE);
        ClientGuide guide = ClientGuides.forClient(MailClient.OUTLOOK, Locale.JAPANESE);

        assertThat(labelText(robot, NoticeItem.POP_SERVER)).contains("「受信メール サーバー(I):」");
        assertThat(labelText(robot, NoticeItem.SMTP_SSL)).contains("「使用する暗号化接続の種類(C):」");
        for (NoticeItem item : rowItems()) {
            assertThat(labelText(robot, item)).as(item.id())
                    .contains(guide.name(), ClientGuides.labelShown(guide, item, Locale.JAPANESE));
            assertThat(wizard.shows(guide.entry(item).place())).as("the place of " + item.id()).isTrue();
        }
        Pane steps = robot.lookup("#guide-steps").queryAs(Pane.class);
        assertThat(steps.getChildren()).hasSize(guide.steps().size());
        assertThat(wizard.shows("11.")).as("the steps are numbered").isTrue();
        assertThat(wizard.shows("taro@abc.ocn.ne.jp あてにテストメールを送り")).as("the last step, with the address")
                .isTrue();
        assertThat(wizard.shows("STARTTLS")).as("the 2010/2013 default").isTrue();
        assertThat(robot.lookup("#save-mobileconfig").tryQuery()).as("no Apple profile for Outlook").isEmpty();
        wizard.shot("7-settings-outlook");
        wizard.reveal(steps);
        wizard.shot("7-settings-outlook-steps");
    }

    @Test
    void that_iphone_users_get_the_notices_words_where_no_label_is_confirmed_and_the_profile_beside_them(
            FxRobot robot) {
        WizardRobot wizard = openAt(robot, Page.SETTINGS, MailClient.IPHONE, Locale.JAPANESE);

        assertThat(labelText(robot, NoticeItem.POP_SERVER)).endsWith("：受信(POP)サーバ名(表記は異なる場合があります)");
        assertThat(wizard.shows("アカウント > 詳細設定 の受信の設定")).as("where the SSL switch is").isTrue();
        assertThat(robot.lookup("#save-mobileconfig").tryQuery()).as("the .mobileconfig beside the guide").isPresent();
        wizard.shot("7-settings-iphone");
        wizard.reveal(robot.lookup("#guide-label-pop-port").query());
        wizard.shot("7-settings-iphone-rows");
    }

    @Test
    void that_thunderbird_users_read_thunderbirds_own_labels_in_english_and_japanese(FxRobot robot) {
        openAt(robot, Page.SETTINGS, MailClient.THUNDERBIRD, Locale.ENGLISH);
        assertThat(labelText(robot, NoticeItem.POP_SSL)).contains("\u201cConnection security:\u201d");
        assertThat(labelText(robot, NoticeItem.PASSWORD)).contains("(the wording may differ)");

        WizardRobot wizard = openAt(robot, Page.SETTINGS, MailClient.THUNDERBIRD, Locale.JAPANESE);
        assertThat(labelText(robot, NoticeItem.POP_SSL)).contains("「接続の保護:」");
        wizard.shot("7-settings-thunderbird");
    }

    @Test
    void that_windows_mail_is_told_apart_from_the_windows_10_mail_app_and_leads_to_the_new_outlook(FxRobot robot) {
        WizardRobot wizard = openAt(robot, Page.CLIENT, MailClient.WINDOWS_MAIL, Locale.JAPANESE);

        assertThat(wizard.shows("2024年12月31日")).as("the guide's note on the retired app").isTrue();
        assertThat(wizard.shows("「ツール」")).as("how Vista's Windows Mail looks").isTrue();
        wizard.shot("5-client-windows-mail");
        wizard.click("#to-outlook-new");

        assertThat(wizard.window().composition().pages().client().clientProperty().get())
                .isEqualTo(MailClient.OUTLOOK_NEW);
        assertThat(robot.lookup("#client-outlook-new").queryAs(RadioButton.class).isSelected()).isTrue();
        Node box = robot.lookup("#windows-mail-tell-apart").query();
        assertThat(box.isVisible()).as("the note goes with the choice").isFalse();
    }

    private static NoticeItem[] rowItems() {
        return java.util.Arrays.stream(NoticeItem.values()).filter(i -> i.part() == NoticeItem.Part.ENCRYPTION)
                .toArray(NoticeItem[]::new);
    }
}
