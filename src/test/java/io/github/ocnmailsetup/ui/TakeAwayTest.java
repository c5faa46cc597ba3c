package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.clients.InstalledThunderbird;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.ui.flow.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user takes away: the save buttons and the printable sheet on the last page, and "apply these
 * settings to Thunderbird for me" on a copy of a real Thunderbird 153 profile, with Undo.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class TakeAwayTest {

    private static final String ADDRESS = "taro@abc.ocn.ne.jp";
    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    private WizardRobot openAt(FxRobot robot, Page page, MailClient client, List<String> opened) throws Exception {
        WizardOptions options = WizardOptions.of(data, Locale.ENGLISH, OcnSettings.bundled(), SSLContext.getDefault())
                .withFixedLocale(Locale.ENGLISH).withThunderbirdHome(data.resolve("home"));
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(WizardWindow.open(stage, options, opened::add));
            window.get().composition().pages().account().addressProperty().set(ADDRESS);
            window.get().composition().pages().client().clientProperty().set(client);
            window.get().composition().shell().goTo(page);
        });
        return new WizardRobot(robot, window.get(), stage, "takeaway");
    }

    @Test
    void that_the_last_page_saves_each_format_and_opens_the_sheet_for_printing(FxRobot robot) throws Exception {
        List<String> opened = new ArrayList<>();
        WizardRobot wizard = openAt(robot, Page.DONE, MailClient.OUTLOOK, opened);
        for (String format : new String[] {"mobileconfig", "thunderbird", "autodiscover", "sheet"}) {
            assertThat(robot.lookup("#save-" + format).tryQuery()).as(format).isPresent();
        }
        wizard.shot("8-done-saves").click("#print-sheet");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> opened.size() == 1);
        Path sheet = Path.of(java.net.URI.create(opened.get(0)));
        assertThat(Files.readString(sheet)).contains("pop.ocn.ne.jp").contains("995").doesNotContain("secret");
        Path saved = data.resolve("mine.mobileconfig");
        var export = wizard.window().composition().pages().export();
        robot.interact(() -> export.save(io.github.ocnmailsetup.export.ExportFormat.MOBILECONFIG, saved, Locale.ENGLISH));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> export.outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(export.outcomeProperty().get().in(Locale.ENGLISH)).contains(saved.toString());
        assertThat(wizard.shows(saved.toString())).as("the page says where the file went").isTrue();
        assertThat(Files.readString(saved)).contains("pop.ocn.ne.jp");
    }

    @Test
    void that_thunderbird_users_can_apply_the_settings_and_undo_them(FxRobot robot) throws Exception {
        Path profile = thunderbirdProfile();
        String before = Files.readString(profile.resolve("prefs.js"));
        WizardRobot wizard = openAt(robot, Page.SETTINGS, MailClient.THUNDERBIRD, new ArrayList<>());
        assertThat(wizard.awaitShows("Let this app change Thunderbird for you")).isTrue();
        assertThat(wizard.shows("pop.ocn.ne.jp")).as("the before -> after list").isTrue();
        wizard.click("#tb-apply");
        robot.clickOn("Change Thunderbird");
        assertThat(wizard.awaitShows("Done:")).isTrue();
        assertThat(Files.readString(profile.resolve("prefs.js"))).contains("pop.ocn.ne.jp").isNotEqualTo(before);
        wizard.shot("7-settings-thunderbird-applied").click("#tb-undo");
        assertThat(wizard.awaitShows("Put back")).isTrue();
        assertThat(Files.readString(profile.resolve("prefs.js"))).isEqualTo(before);
    }

    @Test
    void that_other_mail_software_gets_no_thunderbird_section(FxRobot robot) throws Exception {
        thunderbirdProfile();
        WizardRobot wizard = openAt(robot, Page.SETTINGS, MailClient.BECKY, new ArrayList<>());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.window().composition().pages().thunderbird().searchProperty().get())
                .as("no search for other software").isEqualTo(io.github.ocnmailsetup.ui.page.ThunderbirdViewModel.Search.NONE);
        assertThat(robot.lookup("#tb-apply").tryQuery()).isEmpty();
        assertThat(wizard.page()).isEqualTo(Page.SETTINGS);
    }

    /** A copy of the real Thunderbird 153 test profile under home/.thunderbird, listed in profiles.ini. */
    private Path thunderbirdProfile() {
        return InstalledThunderbird.real153Under(data.resolve("home/.thunderbird"));
    }
}
