package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 7's guide and page 5's Windows Mail note as the models give them, without a window. */
class SettingsGuideModelTest {

    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());
    private final ClientViewModel client = new ClientViewModel();
    private final SettingsViewModel settings = new SettingsViewModel(OcnSettings.bundled(), account, client);

    @Test
    void that_the_guide_is_the_chosen_softwares_with_the_users_own_address_in_its_steps() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        client.clientProperty().set(MailClient.OUTLOOK);

        ClientGuide guide = settings.guide(Locale.JAPANESE).orElseThrow();

        assertThat(guide.client()).isEqualTo(MailClient.OUTLOOK);
        assertThat(settings.boxLabel(guide, NoticeItem.USER_NAME, Locale.JAPANESE)).isEqualTo("アカウント名(U):");
        assertThat(settings.ownLabel(guide, NoticeItem.USER_NAME)).isTrue();
        assertThat(String.join("\n", guide.steps())).contains("taro@abc.ocn.ne.jp");
        assertThat(settings.offersAppleProfile()).isFalse();
    }

    @Test
    void that_without_a_choice_the_notices_own_words_are_shown_as_possibly_different() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");

        ClientGuide guide = settings.guide(Locale.ENGLISH).orElseThrow();

        assertThat(guide.client()).isEqualTo(MailClient.OTHER);
        assertThat(settings.ownLabel(guide, NoticeItem.POP_SERVER)).isFalse();
        assertThat(settings.boxLabel(guide, NoticeItem.POP_SERVER, Locale.ENGLISH)).endsWith("(the wording may differ)");
    }

    @Test
    void that_only_iphone_and_mac_users_are_offered_the_profile_beside_the_guide() {
        for (MailClient each : MailClient.values()) {
            client.clientProperty().set(each);
            assertThat(settings.offersAppleProfile()).as(each.id())
                    .isEqualTo(each == MailClient.IPHONE || each == MailClient.APPLE_MAIL);
        }
    }

    @Test
    void that_there_is_no_guide_before_an_address_is_known() {
        client.clientProperty().set(MailClient.THUNDERBIRD);

        assertThat(settings.guide(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void that_windows_mail_is_told_apart_by_the_guides_notes_and_the_newer_app_goes_to_the_new_outlook() {
        client.clientProperty().set(MailClient.WINDOWS_MAIL);

        assertThat(client.windowsMailTellApart(Locale.ENGLISH)).hasSize(2);
        assertThat(String.join(" ", client.windowsMailTellApart(Locale.ENGLISH)))
                .contains("Windows Vista", "Tools", "Windows 10 or 11", "December 31, 2024");
        assertThat(client.newOutlookName(Locale.JAPANESE)).isEqualTo("新しい Outlook");
        client.chooseNewOutlook();
        assertThat(client.clientProperty().get()).isEqualTo(MailClient.OUTLOOK_NEW);
    }
}
