package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.ui.page.DoneViewModel.FirstOffer;
import java.time.Clock;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The last page offers first what fits the chosen mail software, and says when the test is still open. */
class DoneViewModelTest {

    private final ClientViewModel client = new ClientViewModel();
    private final SimpleBooleanProperty passed = new SimpleBooleanProperty();
    private final DoneViewModel done = new DoneViewModel(new ExportViewModel(
            new SettingsViewModel(OcnSettings.bundled(), new AccountViewModel(OcnSettings.bundled()), client),
            client, Clock.systemUTC(), (request, format, file, force) -> {
                throw new AssertionError("nothing is written here");
            }, Runnable::run, Runnable::run), passed, new RecordingNavigator());

    @Test
    void that_each_mail_software_gets_its_own_first_offer() {
        for (MailClient each : MailClient.values()) {
            client.clientProperty().set(each);
            FirstOffer expected = switch (each) {
                case THUNDERBIRD -> FirstOffer.APPLY_TO_THUNDERBIRD;
                case IPHONE, APPLE_MAIL -> FirstOffer.MOBILECONFIG;
                default -> FirstOffer.PRINTABLE_SHEET;
            };
            assertThat(done.firstOffer()).as(each.id()).isEqualTo(expected);
        }
        client.clientProperty().set(null);
        assertThat(done.firstOffer()).as("none chosen: the sheet").isEqualTo(FirstOffer.PRINTABLE_SHEET);
    }

    @Test
    void that_the_page_says_what_the_outlook_file_is_and_how_the_iphone_file_gets_to_the_phone() {
        for (MailClient each : MailClient.values()) {
            client.clientProperty().set(each);
            assertThat(done.saysTheOutlookFileIsForAdministrators()).as(each.id())
                    .isEqualTo(each == MailClient.OUTLOOK || each == MailClient.OUTLOOK_NEW);
            assertThat(done.saysHowToGetTheFileOntoTheDevice()).as(each.id()).isEqualTo(each == MailClient.IPHONE);
        }
    }

    @Test
    void that_the_test_is_still_open_until_it_passes() {
        assertThat(done.testStillOpen()).isTrue();
        passed.set(true);
        assertThat(done.testStillOpen()).isFalse();
    }
}
