package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The notice's keep-on-server settings, in each mail software's own words. */
class RetentionGuidanceTest {

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_every_client_has_both_settings_in_both_languages(MailClient client) {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ClientGuidance guidance = RetentionGuidance.forClient(client, locale);

            assertThat(guidance.clientName()).isNotBlank();
            for (RetentionSetting setting : List.of(guidance.keepOnServer(), guidance.deleteOnServerWithLocalDelete())) {
                assertThat(setting.label()).isNotBlank();
                assertThat(setting.place()).isNotBlank();
                assertThat(setting.action()).isNotBlank();
            }
        }
    }

    @Test
    void that_thunderbird_users_are_warned_of_its_14_day_and_local_delete_defaults() {
        ClientGuidance ja = RetentionGuidance.forClient(MailClient.THUNDERBIRD, Locale.JAPANESE);
        ClientGuidance en = RetentionGuidance.forClient(MailClient.THUNDERBIRD, Locale.ENGLISH);

        assertThat(ja.keepOnServer().label()).isEqualTo("ダウンロード後もサーバーにメッセージを残す");
        assertThat(ja.keepOnServer().contraryDefault()).get().asString().contains("14");
        assertThat(ja.deleteOnServerWithLocalDelete().contraryDefault()).isPresent();
        assertThat(en.keepOnServer().label()).isEqualTo("Leave messages on server");
        assertThat(en.keepOnServer().contraryDefault()).get().asString().contains("14 days");
        assertThat(en.deleteOnServerWithLocalDelete().label()).isEqualTo("Until I delete them");
    }

    @Test
    void that_apple_mail_users_are_warned_it_can_remove_mail_after_a_week() {
        assertThat(RetentionGuidance.forClient(MailClient.APPLE_MAIL, Locale.ENGLISH).notes())
                .anyMatch(note -> note.contains("After one week"));
        assertThat(RetentionGuidance.forClient(MailClient.APPLE_MAIL, Locale.JAPANESE).notes())
                .anyMatch(note -> note.contains("1週間"));
    }

    @Test
    void that_a_label_no_source_confirmed_is_shown_in_the_notices_words() {
        ClientGuidance becky = RetentionGuidance.forClient(MailClient.BECKY, Locale.JAPANESE);

        assertThat(becky.keepOnServer().label()).isEqualTo("受信サーバにメールを残すか(表記は異なる場合があります)");
        assertThat(RetentionGuidance.forClient(MailClient.ANDROID, Locale.JAPANESE).keepOnServer().action())
                .as("the notice's own advice when a guide has no words of its own").contains("残す");
    }

    @Test
    void that_the_notice_own_alternative_wordings_are_all_there() {
        assertThat(RetentionGuidance.noticeWordingsForKeep(Locale.JAPANESE)).containsExactly(
                "サーバにメッセージのコピーを置く", "ダウンロード後もサーバにメッセージを残す", "受信したメールはサーバから削除(しない)");
        assertThat(RetentionGuidance.noticeWordingsForDelete(Locale.JAPANESE)).containsExactly(
                "[ごみ箱]を空にしたら、サーバから削除(しない)", "[削除済みアイテム]から削除したら、サーバから削除(しない)",
                "ダウンロードしたメッセージを削除したらサーバからも削除(しない)");
        assertThat(RetentionGuidance.noticeWordingsForKeep(Locale.ENGLISH)).hasSize(3);
        assertThat(RetentionGuidance.noticeWordingsForDelete(Locale.ENGLISH)).hasSize(3);
    }

    @Test
    void that_only_users_who_keep_mail_on_the_server_are_asked_to_check_the_settings() {
        assertThat(RetentionGuidance.applies(RetentionChoice.KEEP_ON_SERVER)).isTrue();
        assertThat(RetentionGuidance.applies(RetentionChoice.DOWNLOAD_AND_DELETE)).isFalse();
        assertThat(RetentionChoice.suggestedBy(120)).isEqualTo(RetentionChoice.KEEP_ON_SERVER);
        assertThat(RetentionChoice.suggestedBy(0)).isEqualTo(RetentionChoice.DOWNLOAD_AND_DELETE);
    }

    @Test
    void that_the_generic_questions_mark_the_recommended_answers() {
        assertThat(RetentionGuidance.keepQuestion().in(Locale.JAPANESE)).contains("残す").contains("おすすめ");
        assertThat(RetentionGuidance.deleteQuestion().in(Locale.JAPANESE)).contains("削除しない").contains("おすすめ");
    }

    @Test
    void that_client_ids_match_the_command_line_contract() {
        assertThat(MailClient.values()).extracting(MailClient::id)
                .containsExactly("outlook", "outlook-new", "thunderbird", "apple-mail", "iphone", "android", "becky",
                        "windows-live-mail", "windows-mail", "other");
        assertThat(MailClient.fromId("Apple-Mail")).contains(MailClient.APPLE_MAIL);
        assertThat(MailClient.fromId("eudora")).isEmpty();
    }
}
