package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.ClientGuidance;
import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import io.github.ocnmailsetup.domain.RetentionSetting;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The printable settings sheet (HTML, A4 when printed) in Japanese or English: the notice's 「2)暗号化に関する設定」
 * table filled in for the address with its 備考 marks (必ず設定変更が必要です and the rest), the two settings of
 * 「1)事前にご確認いただきたい設定」 in the chosen mail software's words with its contrary default, for every row
 * where that box is in the chosen software and its label there, that software's numbered steps, defaults and notes
 * ({@link ClientGuide}), the 8-character note (*1), the re-download warning (「おことわり」), what the encryption covers
 * (「メールの暗号化の範囲」), the date and the app version. It never holds the password.
 */
final class SettingsSheetWriter {

    private SettingsSheetWriter() {
    }

    static byte[] render(ExportRequest request) {
        Locale locale = request.locale();
        MailProfile profile = request.profile();
        NoticeSettingsTable table = NoticeSettingsTable.of(profile);
        ClientGuidance guidance = RetentionGuidance.forClient(request.client(), locale);
        String address = profile.address().value();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(request.date());

        HtmlTemplate page = HtmlTemplate.load("sheet.html")
                .text("lang", locale.getLanguage())
                .text("generator", t(locale, "sheet.meta.version", request.appVersion()))
                .html("css", HtmlTemplate.bundled("sheet.css"))
                .text("title", t(locale, "sheet.title"))
                .text("address", address)
                .text("forAddress", t(locale, "sheet.for", address))
                .text("client", t(locale, "sheet.meta.client", guidance.clientName()))
                .text("date", t(locale, "sheet.meta.date", date))
                .text("version", t(locale, "sheet.meta.version", request.appVersion()))
                .text("noPassword", t(locale, "sheet.noPassword"));
        retention(page, locale, guidance);
        ClientGuide guide = ClientGuides.forProfile(request.client(), locale, profile);
        SettingsTable.fill(page, locale, table, guide);
        page.html("guideSteps", GuideSteps.render(locale, guide));
        page.text("passwordNote", t(locale, "sheet.passwordNote", PasswordRule.bundled().maxLength()))
                .text("oldServer", t(locale, table.oldIncomingServer().known() ? "sheet.oldServer" : "sheet.oldServer.guess",
                        table.oldIncomingServer().host(), table.incoming().host()))
                .text("afterHeading", t(locale, "sheet.after.heading"))
                .text("confirm", NoticeMessages.confirmBySendingAndReceiving().in(locale))
                .text("mailComesAgain", NoticeMessages.mailComesAgain().in(locale))
                .text("scopeHeading", t(locale, "sheet.scope.heading"))
                .text("encryptionScope", NoticeMessages.encryptionScope().in(locale))
                .text("free", NoticeMessages.free().in(locale))
                .text("footer", t(locale, "sheet.footer"));
        return (page.render().markup() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** 「1)事前にご確認いただきたい設定」 in the chosen software's words. */
    private static void retention(HtmlTemplate page, Locale locale, ClientGuidance guidance) {
        String rows = retentionRow(locale, RetentionGuidance.keepQuestion().in(locale), guidance.keepOnServer())
                + "\n" + retentionRow(locale, RetentionGuidance.deleteQuestion().in(locale),
                        guidance.deleteOnServerWithLocalDelete());
        String notes = guidance.notes().stream()
                .map(note -> HtmlTemplate.load("note.html").text("text", note).render().markup())
                .collect(Collectors.joining("\n"));
        List<String> wordings = new java.util.ArrayList<>(RetentionGuidance.noticeWordingsForKeep(locale));
        wordings.addAll(RetentionGuidance.noticeWordingsForDelete(locale));
        String separator = t(locale, "list.separator");
        page.text("retentionHeading", t(locale, "sheet.retention.heading"))
                .text("retentionIntro", t(locale, "sheet.retention.intro", guidance.clientName()))
                .text("retentionColNotice", t(locale, "sheet.retention.col.notice"))
                .text("retentionColClient", t(locale, "sheet.retention.col.client", guidance.clientName()))
                .text("retentionColAction", t(locale, "sheet.retention.col.action"))
                .html("retentionRows", new HtmlTemplate.Html(rows))
                .html("clientNotes", new HtmlTemplate.Html(notes))
                .text("otherWordings", t(locale, "sheet.retention.otherWordings", String.join(separator, wordings)));
    }

    private static String retentionRow(Locale locale, String notice, RetentionSetting setting) {
        HtmlTemplate.Html contrary = setting.contraryDefault()
                .map(text -> HtmlTemplate.load("contrary-default.html")
                        .text("text", t(locale, "sheet.retention.default", text)).render())
                .orElse(new HtmlTemplate.Html(""));
        return HtmlTemplate.load("retention-row.html")
                .text("notice", notice)
                .text("label", setting.label())
                .text("where", t(locale, "sheet.retention.where", setting.place()))
                .text("action", setting.action())
                .html("contraryDefault", contrary)
                .render().markup();
    }

    static String t(Locale locale, String key, Object... args) {
        return I18n.format(ProfileExporter.BUNDLE, locale, key, args);
    }
}
