package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 7, the notice's settings table, without a window. */
class SettingsViewModelTest {

    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());

    @Test
    void that_the_settings_table_follows_the_notice_order_and_marks() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        SettingsViewModel settings = new SettingsViewModel(OcnSettings.bundled(), account, new ClientViewModel());
        var rows = settings.rows();
        assertThat(rows).extracting(r -> r.label().key()).containsExactly("settings.username",
                "settings.password", "settings.pop.server", "settings.pop.port", "settings.pop.ssl",
                "settings.smtp.server", "settings.smtp.port", "settings.smtp.auth", "settings.smtp.ssl");
        assertThat(rows).extracting(r -> r.copyValue().orElse("")).contains("taro@abc.ocn.ne.jp",
                "pop.ocn.ne.jp", "995", "smtp.ocn.ne.jp", "465");
        assertThat(rows.get(1).copyValue()).as("the password is never offered to copy").isEmpty();
        assertThat(rows.get(1).mark()).isEqualTo(NoticeRemark.NO_CHANGE_IF_WORKING);
        assertThat(rows.get(7).mark()).isEqualTo(NoticeRemark.CHANGE_IF_NOT_SET);
        assertThat(rows.get(2).before().orElseThrow().in(Locale.ENGLISH)).isEqualTo("abc.ocn.ne.jp (a guess from your address)");
        settings.oldServerProperty().set("mail.example.ocn.ne.jp");
        assertThat(settings.rows().get(2).before().orElseThrow().in(Locale.ENGLISH)).isEqualTo("mail.example.ocn.ne.jp");
    }
}
