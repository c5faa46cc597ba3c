package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocnmailsetup.domain.NoticeSettingsTable.NewValue;
import io.github.ocnmailsetup.domain.NoticeSettingsTable.OldValue;
import io.github.ocnmailsetup.domain.NoticeSettingsTable.Row;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The notice's table 「2)暗号化に関する設定」 for one user, as the page, the sheet and the Thunderbird planner read it. */
class NoticeSettingsTableTest {

    private final OcnAddress taro = OcnAddress.parse("taro@abc.ocn.ne.jp");
    private final MailProfile profile = MailProfile.of(taro, OcnSettings.bundled(), RetentionChoice.KEEP_ON_SERVER);

    @Test
    void that_the_nine_rows_follow_the_notice_order_with_its_values_and_remarks() {
        List<Row> rows = NoticeSettingsTable.of(profile).rows();

        assertThat(rows).extracting(Row::item).containsExactly(NoticeItem.USER_NAME, NoticeItem.PASSWORD,
                NoticeItem.POP_SERVER, NoticeItem.POP_PORT, NoticeItem.POP_SSL, NoticeItem.SMTP_SERVER,
                NoticeItem.SMTP_PORT, NoticeItem.SMTP_AUTH, NoticeItem.SMTP_SSL);
        assertThat(rows).extracting(row -> row.newValue().toType().orElse("-")).containsExactly(
                "taro@abc.ocn.ne.jp", "-", "pop.ocn.ne.jp", "995", "-", "smtp.ocn.ne.jp", "465", "-", "-");
        assertThat(rows).extracting(row -> row.newValue().kind()).containsExactly(NewValue.Kind.TYPED,
                NewValue.Kind.MAIL_PASSWORD, NewValue.Kind.TYPED, NewValue.Kind.TYPED, NewValue.Kind.USE_SSL,
                NewValue.Kind.TYPED, NewValue.Kind.TYPED, NewValue.Kind.SAME_AS_INCOMING, NewValue.Kind.USE_SSL);
        assertThat(rows).extracting(Row::remark).containsExactly(NoticeRemark.MUST_CHANGE,
                NoticeRemark.NO_CHANGE_IF_WORKING, NoticeRemark.MUST_CHANGE, NoticeRemark.MUST_CHANGE,
                NoticeRemark.MUST_CHANGE, NoticeRemark.MUST_CHANGE, NoticeRemark.MUST_CHANGE,
                NoticeRemark.CHANGE_IF_NOT_SET, NoticeRemark.MUST_CHANGE);
    }

    @Test
    void that_the_remarks_speak_the_notices_own_words() {
        assertThat(NoticeRemark.MUST_CHANGE.words().in(Locale.JAPANESE)).isEqualTo("必ず設定変更が必要です。");
        assertThat(NoticeRemark.CHANGE_IF_NOT_SET.words().in(Locale.JAPANESE))
                .isEqualTo("設定されていない場合、設定変更が必要です。");
        assertThat(NoticeRemark.NO_CHANGE_IF_WORKING.words().in(Locale.JAPANESE))
                .isEqualTo("すでに送受信できている場合、変更不要です。");
    }

    @Test
    void that_the_old_server_from_the_address_is_a_guess_until_the_user_names_it() {
        NoticeSettingsTable guessed = NoticeSettingsTable.of(profile);
        NoticeSettingsTable named = NoticeSettingsTable.of(profile.withOldIncomingServer(" mail.abc.ocn.ne.jp "));

        assertThat(guessed.row(NoticeItem.POP_SERVER).oldValue())
                .isEqualTo(new OldValue(OldValue.Kind.GUESSED, List.of("abc.ocn.ne.jp")));
        assertThat(named.row(NoticeItem.POP_SERVER).oldValue())
                .isEqualTo(new OldValue(OldValue.Kind.KNOWN, List.of("mail.abc.ocn.ne.jp")));
        assertThat(named.oldIncomingServer().known()).isTrue();
    }

    @Test
    void that_the_old_ports_come_from_the_data_file_and_the_old_user_name_is_not_claimed() {
        NoticeSettingsTable table = NoticeSettingsTable.of(profile);

        assertThat(table.row(NoticeItem.POP_PORT).oldValue())
                .isEqualTo(new OldValue(OldValue.Kind.USUAL_PORTS, List.of("110")));
        assertThat(table.row(NoticeItem.SMTP_PORT).oldValue())
                .isEqualTo(new OldValue(OldValue.Kind.USUAL_PORTS, List.of("25", "587")));
        assertThat(table.row(NoticeItem.USER_NAME).oldValue().kind()).isEqualTo(OldValue.Kind.NOT_KNOWN);
        assertThat(table.row(NoticeItem.SMTP_AUTH).oldValue().kind()).isEqualTo(OldValue.Kind.MAYBE_NOT_SET);
    }

    @Test
    void that_other_servers_flow_into_the_rows() {
        OcnSettings loopback = OcnSettings.bundled().withServers(
                ServerEndpoint.parse("127.0.0.1:3995"), ServerEndpoint.parse("localhost:3465"));
        NoticeSettingsTable table = NoticeSettingsTable.of(MailProfile.of(taro, loopback, RetentionChoice.KEEP_ON_SERVER));

        assertThat(table.row(NoticeItem.POP_PORT).newValue().toType()).hasValue("3995");
        assertThat(table.row(NoticeItem.SMTP_SERVER).newValue().toType()).hasValue("localhost");
        assertThat(table.incoming()).isEqualTo(new ServerEndpoint("127.0.0.1", 3995));
    }

    @Test
    void that_the_password_case_is_unknown_until_given_and_then_says_only_the_case() {
        PasswordRule rule = PasswordRule.bundled();
        NoticeSettingsTable unknown = NoticeSettingsTable.of(profile);
        NoticeSettingsTable longer = NoticeSettingsTable.of(profile.withPasswordLength(
                PasswordLength.of(rule.apply(Secret.of("abcdefghijkl")))));
        NoticeSettingsTable within = NoticeSettingsTable.of(profile.withPasswordLength(
                PasswordLength.of(rule.apply(Secret.of("abcdefgh")))));

        assertThat(unknown.passwordLength()).isEqualTo(PasswordLength.UNKNOWN);
        assertThat(longer.passwordLength()).isEqualTo(PasswordLength.LONGER_THAN_LIMIT);
        assertThat(within.passwordLength()).isEqualTo(PasswordLength.WITHIN_LIMIT);
        String both = PasswordLength.UNKNOWN.advice(rule.maxLength()).in(Locale.JAPANESE);
        assertThat(both).contains("9文字以上").contains("8文字目まで");
        String cut = PasswordLength.LONGER_THAN_LIMIT.advice(rule.maxLength()).in(Locale.ENGLISH);
        assertThat(cut).contains("9 or more").contains("first 8").doesNotContain("12");
        assertThat(PasswordLength.WITHIN_LIMIT.advice(rule.maxLength()).in(Locale.ENGLISH)).contains("as it is");
        assertThat(longer.row(NoticeItem.PASSWORD).newValue().toType()).as("never offered to copy").isEmpty();
    }

    @Test
    void that_the_two_settings_of_part_one_are_not_rows_of_this_table() {
        assertThatThrownBy(() -> NoticeSettingsTable.of(profile).row(NoticeItem.KEEP_ON_SERVER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
