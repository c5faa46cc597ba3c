package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 7's rows as the user reads them: the domain's table in the page's words, without a window. */
class SettingsPageRowsTest {

    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());
    private final SettingsViewModel settings = new SettingsViewModel(OcnSettings.bundled(), account,
            new ClientViewModel());

    private String before(NoticeItem item, Locale locale) {
        return row(item).before().orElseThrow().in(locale);
    }

    private SettingRow row(NoticeItem item) {
        return settings.rows().stream().filter(r -> r.item() == item).findFirst().orElseThrow();
    }

    @Test
    void that_the_old_ports_are_the_usual_ones_without_ssl_in_both_languages() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");

        assertThat(before(NoticeItem.POP_PORT, Locale.ENGLISH)).isEqualTo("110");
        assertThat(before(NoticeItem.SMTP_PORT, Locale.ENGLISH)).isEqualTo("25 or 587");
        assertThat(before(NoticeItem.SMTP_PORT, Locale.JAPANESE)).isEqualTo("25 または 587");
    }

    @Test
    void that_a_long_password_row_says_the_case_but_never_the_length() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("abcdefghijkl"));

        String after = row(NoticeItem.PASSWORD).after().in(Locale.ENGLISH);

        assertThat(after).contains("9 or more").contains("first 8").doesNotContain("12").doesNotContain("abcdefgh");
        assertThat(row(NoticeItem.PASSWORD).copyValue()).isEmpty();
    }

    @Test
    void that_without_a_password_the_row_states_both_cases() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");

        assertThat(row(NoticeItem.PASSWORD).after().in(Locale.JAPANESE)).contains("9文字以上").contains("8文字目まで");
    }

    @Test
    void that_a_row_without_a_value_to_copy_reads_as_a_whole_instruction_in_both_languages() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");

        assertThat(row(NoticeItem.POP_SSL).after().in(Locale.JAPANESE))
                .isEqualTo("受信(POP)サーバの暗号化接続を「SSLを利用する」にしてください。");
        assertThat(row(NoticeItem.SMTP_SSL).after().in(Locale.JAPANESE))
                .isEqualTo("送信(SMTP)サーバの暗号化接続を「SSLを利用する」にしてください。");
        assertThat(row(NoticeItem.SMTP_AUTH).after().in(Locale.JAPANESE))
                .startsWith("送信(SMTP)サーバの認証を「受信メールサーバと同じ設定で認証」に");
        assertThat(row(NoticeItem.POP_SSL).after().in(Locale.ENGLISH)).contains("incoming (POP)", "Use SSL");
        assertThat(row(NoticeItem.SMTP_SSL).after().in(Locale.ENGLISH)).contains("outgoing (SMTP)", "Use SSL");
    }

    @Test
    void that_the_password_row_shows_no_empty_now_value_and_a_long_one_never_says_no_change() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("abcdefghijkl"));

        assertThat(row(NoticeItem.PASSWORD).before()).isEmpty();
        assertThat(row(NoticeItem.PASSWORD).after().in(Locale.JAPANESE)).contains("8文字目までを入力")
                .doesNotContain("変更不要", "変更は不要");
        assertThat(row(NoticeItem.PASSWORD).after().in(Locale.ENGLISH)).doesNotContain("nothing to change");
        assertThat(settings.typeOnlyFirst()).as("the row's mark says what to type").hasValue(8);

        account.typePassword(Secret.of("abcdefgh"));
        assertThat(row(NoticeItem.PASSWORD).after().in(Locale.JAPANESE)).contains("変更は不要", "そのまま入力");
        assertThat(settings.typeOnlyFirst()).isEmpty();
    }

    @Test
    void that_a_corrected_old_server_is_shown_as_known_and_reaches_the_exports_profile() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        settings.oldServerProperty().set("mail.abc.ocn.ne.jp");

        assertThat(before(NoticeItem.POP_SERVER, Locale.ENGLISH)).isEqualTo("mail.abc.ocn.ne.jp");
        assertThat(settings.profile().orElseThrow().oldIncoming().known()).isTrue();
        settings.oldServerProperty().set("abc.ocn.ne.jp");
        assertThat(settings.profile().orElseThrow().oldIncoming().known()).as("the proposal is still a guess").isFalse();
    }

    @Test
    void that_there_are_no_rows_before_an_address_is_known() {
        assertThat(settings.rows()).isEmpty();
    }
}
