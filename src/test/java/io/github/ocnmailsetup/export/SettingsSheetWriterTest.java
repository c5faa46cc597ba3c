package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.ClientGuidance;
import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsSheetWriterTest {

    private static String sheet(ExportRequest request) {
        return Samples.string(ProfileExporter.render(request, ExportFormat.SHEET));
    }

    /** The visible text of the sheet: tags dropped, the five escapes undone. */
    private static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    @Test
    void that_the_japanese_sheet_holds_the_notices_table_with_its_marks() {
        String html = sheet(Samples.request(Locale.JAPANESE));

        assertThat(html).contains("<html lang=\"ja\">");
        assertThat(row(html, "ユーザ名")).contains("taro@abc.ocn.ne.jp", "必ず設定変更が必要です。");
        assertThat(row(html, "パスワード")).contains("メールパスワード(*1)", "すでに送受信できている場合、変更不要です。");
        assertThat(row(html, "受信(POP)サーバ名")).contains("pop.ocn.ne.jp", "必ず設定変更が必要です。");
        assertThat(row(html, "受信(POP)サーバのポート番号")).contains("995", "必ず設定変更が必要です。");
        assertThat(row(html, "受信(POP)サーバの暗号化接続")).contains("SSLを利用する", "必ず設定変更が必要です。");
        assertThat(row(html, "送信(SMTP)サーバ名")).contains("smtp.ocn.ne.jp", "必ず設定変更が必要です。");
        assertThat(row(html, "送信(SMTP)サーバのポート番号")).contains("465", "必ず設定変更が必要です。");
        assertThat(row(html, "送信(SMTP)サーバの認証"))
                .contains("受信メールサーバと同じ設定で認証", "設定されていない場合、設定変更が必要です。");
        assertThat(row(html, "送信(SMTP)サーバの暗号化接続")).contains("SSLを利用する", "必ず設定変更が必要です。");
        assertThat(html).contains("8文字目までを入力してください");
    }

    @Test
    void that_the_english_sheet_marks_what_must_change() {
        String html = sheet(Samples.request(Locale.ENGLISH));

        assertThat(html).contains("<html lang=\"en\">");
        assertThat(row(html, "User name")).contains("taro@abc.ocn.ne.jp", "Must be changed.");
        assertThat(row(html, "Password")).contains("No change needed if you can already send and receive.");
        assertThat(row(html, "Outgoing (SMTP) server authentication")).contains("Change it if it is not set.");
        assertThat(html).contains("type only its first 8 characters");
    }

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_the_keep_on_server_settings_are_in_the_chosen_softwares_words(MailClient client) {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            String text = visibleText(sheet(Samples.request(client, locale)));
            ClientGuidance guidance = RetentionGuidance.forClient(client, locale);

            assertThat(text).contains(guidance.clientName(), guidance.keepOnServer().label(),
                    guidance.keepOnServer().place(), guidance.keepOnServer().action(),
                    guidance.deleteOnServerWithLocalDelete().label(), guidance.deleteOnServerWithLocalDelete().action());
            guidance.keepOnServer().contraryDefault().ifPresent(d -> assertThat(text).contains(d));
            guidance.deleteOnServerWithLocalDelete().contraryDefault().ifPresent(d -> assertThat(text).contains(d));
            guidance.notes().forEach(note -> assertThat(text).contains(note));
        }
    }

    @Test
    void that_thunderbird_users_read_about_the_14_days() {
        String text = visibleText(sheet(Samples.request(MailClient.THUNDERBIRD, Locale.ENGLISH)));

        assertThat(text).contains("For at most 14 days", "Until I delete them");
    }

    @Test
    void that_apple_mail_users_read_where_to_stop_the_weekly_removal() {
        String text = visibleText(sheet(Samples.request(MailClient.APPLE_MAIL, Locale.JAPANESE)));

        assertThat(text).contains("1週間後", "設定ファイル");
    }

    @Test
    void that_the_notices_warnings_date_and_version_are_there() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            String text = visibleText(sheet(Samples.request(locale)));

            assertThat(text).contains(NoticeMessages.mailComesAgain().in(locale),
                    NoticeMessages.encryptionScope().in(locale), NoticeMessages.confirmBySendingAndReceiving().in(locale),
                    Samples.VERSION);
        }
        assertThat(visibleText(sheet(Samples.request(Locale.JAPANESE)))).contains("2026年11月27日");
        assertThat(visibleText(sheet(Samples.request(Locale.ENGLISH)))).contains("November 27, 2026");
    }

    @Test
    void that_the_old_server_guessed_from_the_address_is_printed_as_a_guess_and_a_named_one_as_fact() {
        ExportRequest guessed = Samples.request(Locale.ENGLISH);
        ExportRequest named = ExportRequest.of(Samples.profile(Samples.ADDRESS, RetentionChoice.KEEP_ON_SERVER)
                .withOldIncomingServer("mail.abc.ocn.ne.jp"), MailClient.THUNDERBIRD, Locale.JAPANESE,
                Samples.VERSION, Samples.DATE);

        assertThat(visibleText(sheet(guessed))).contains("probably abc.ocn.ne.jp: a guess from your address")
                .doesNotContain("changes from abc.ocn.ne.jp");
        assertThat(visibleText(sheet(named))).contains("受信(POP)サーバは mail.abc.ocn.ne.jp から pop.ocn.ne.jp に変わります。")
                .doesNotContain("推測");
    }

    @Test
    void that_the_sheet_tells_the_reader_it_never_holds_the_password() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            assertThat(visibleText(sheet(Samples.request(locale))))
                    .contains(SettingsSheetWriter.t(locale, "sheet.noPassword"));
        }
    }

    @Test
    void that_the_sheet_is_set_for_a4_and_japanese_system_fonts() {
        String html = sheet(Samples.request(Locale.JAPANESE));

        assertThat(html).contains("@page { size: A4;", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP",
                "IPAGothic", "<meta charset=\"UTF-8\">");
    }

    @Test
    void that_values_are_escaped_not_pasted_as_markup() {
        String filled = HtmlTemplate.load("note.html").text("text", "<script>alert('x')</script> & \"q\"")
                .render().markup();

        assertThat(filled).isEqualTo("<p class=\"note\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "&quot;q&quot;</p>");
    }

    @Test
    void that_every_placeholder_is_filled() {
        for (MailClient client : MailClient.values()) {
            assertThat(sheet(Samples.request(client, Locale.ENGLISH))).doesNotContain("${");
        }
    }

    @ParameterizedTest
    @EnumSource(MailClient.class)
    void that_every_softwares_sheet_places_each_of_the_nine_settings_in_its_own_words(MailClient client) {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ExportRequest request = Samples.request(client, locale);
            String html = sheet(request);
            ClientGuide guide = ClientGuides.forProfile(client, locale, request.profile());

            for (NoticeItem item : NoticeItem.values()) {
                if (item.part() != NoticeItem.Part.ENCRYPTION) {
                    continue;
                }
                String setting = visibleText(setting(html, SettingsSheetWriter.t(locale, "sheet.item." + item.id())));
                assertThat(setting).as("%s %s %s", client.id(), locale, item.id())
                        .contains(ClientGuides.labelShown(guide, item, locale), guide.entry(item).place());
                guide.entry(item).action().ifPresent(action -> assertThat(setting).contains(action));
                guide.contraryDefault(item).ifPresent(d -> assertThat(setting).contains(d));
            }
            String text = visibleText(html);
            assertThat(text).contains(guide.name(), guide.versions());
            int at = text.indexOf(SettingsSheetWriter.t(locale, "sheet.steps.heading", guide.name()));
            for (String step : guide.steps()) {
                int next = text.indexOf(step, at);
                assertThat(next).as("step in order: " + step).isGreaterThan(at);
                at = next;
            }
            guide.defaults().forEach(d -> assertThat(text).contains(d.text()));
            guide.notes().forEach(note -> assertThat(text).contains(note));
        }
    }

    @Test
    void that_the_password_row_states_both_cases_because_the_sheet_never_knows_the_length() {
        assertThat(row(sheet(Samples.request(Locale.JAPANESE)), "パスワード"))
                .contains("8文字以下の場合は、すでに送受信できていれば変更不要です。", "9文字以上の場合は、メールパスワードの8文字目までを入力");
        assertThat(row(sheet(Samples.request(Locale.ENGLISH)), "Password"))
                .contains("8 characters or fewer: no change needed", "9 or more: type only its first 8 characters");
    }

    @Test
    void that_outlook_users_read_outlooks_own_labels_and_its_starttls_trap() {
        String html = sheet(Samples.request(MailClient.OUTLOOK, Locale.JAPANESE));

        assertThat(visibleText(html)).contains("受信メール サーバー(I):", "使用する暗号化接続の種類(C):", "STARTTLS");
        assertThat(html).as("the steps are a numbered list").contains("<ol class=\"steps\">\n<li>Outlookを起動し");
    }

    /** One setting of the table: its row and the guide line under it. */
    private static String setting(String html, String item) {
        Matcher m = Pattern.compile("<tbody class=\"setting[^\"]*\"><tr><th scope=\"row\">" + Pattern.quote(item)
                + "</th>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("setting " + item).isTrue();
        return "<body>" + m.group(1);
    }

    /** The table row whose header cell is exactly {@code item}. */
    private static String row(String html, String item) {
        Matcher m = Pattern.compile("<tr[^>]*><th scope=\"row\">" + Pattern.quote(item) + "</th>(.*?)</tr>")
                .matcher(html);
        assertThat(m.find()).as("row " + item).isTrue();
        return m.group(1);
    }
}
