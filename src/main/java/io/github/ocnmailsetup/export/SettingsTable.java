package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.GuideEntry;
import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.PasswordRule;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sheet's part for the notice's table 「2)暗号化に関する設定」: the domain's {@link NoticeSettingsTable} as HTML rows,
 * each with the notice's 備考 and a mark (● must change, ○ depends), and under it where that box is in the chosen
 * mail software and its label there, from the software's {@link ClientGuide} (the notice: 「詳細な設定項目はメールソフト
 * ごとに異なりますので、ヘルプ等でご確認ください」). The password row never holds the password: its case is unknown on
 * every sheet, so the row states both cases of the footnote *1.
 */
final class SettingsTable {

    private SettingsTable() {
    }

    /** The same three marks as the wizard's settings page: ● must change, ◐ if not set, ○ no change if working. */
    private static String markKey(NoticeRemark remark) {
        return switch (remark) {
            case MUST_CHANGE -> "sheet.mark.must";
            case CHANGE_IF_NOT_SET -> "sheet.mark.conditional";
            case NO_CHANGE_IF_WORKING -> "sheet.mark.noChange";
        };
    }

    static void fill(HtmlTemplate page, Locale locale, NoticeSettingsTable table, ClientGuide guide) {
        String rows = table.rows().stream()
                .map(row -> HtmlTemplate.load("settings-row.html")
                        .text("rowClass", cssClass(row.remark()))
                        .text("item", SettingsSheetWriter.t(locale, "sheet.item." + row.item().id()))
                        .text("valueClass", row.newValue().toType().isPresent() ? "value typed" : "value")
                        .text("value", value(row, table, locale))
                        .text("mark", SettingsSheetWriter.t(locale, markKey(row.remark())))
                        .text("remark", row.remark().words().in(locale))
                        .text("label", SettingsSheetWriter.t(locale, "sheet.guide.label", guide.name(),
                                ClientGuides.labelShown(guide, row.item(), locale)))
                        .text("where", SettingsSheetWriter.t(locale, "sheet.guide.where", guide.entry(row.item()).place()))
                        .html("action", boxDetails(locale, guide, row))
                        .html("contraryDefault", guide.contraryDefault(row.item())
                                .map(text -> line("default", SettingsSheetWriter.t(locale, "sheet.guide.default", text)))
                                .orElse(new HtmlTemplate.Html("")))
                        .html("notes", new HtmlTemplate.Html(guide.entry(row.item()).notes().stream()
                                .map(note -> line("where", note).markup()).collect(Collectors.joining())))
                        .render().markup())
                .collect(Collectors.joining("\n"));
        page.text("settingsHeading", SettingsSheetWriter.t(locale, "sheet.settings.heading"))
                .text("settingsIntro", SettingsSheetWriter.t(locale, "sheet.settings.intro", guide.name()))
                .text("settingsColItem", SettingsSheetWriter.t(locale, "sheet.settings.col.item"))
                .text("settingsColValue", SettingsSheetWriter.t(locale, "sheet.settings.col.value"))
                .text("settingsColRemark", SettingsSheetWriter.t(locale, "sheet.settings.col.remark"))
                .html("settingsRows", new HtmlTemplate.Html(rows));
    }

    /** What to do at the box beyond typing the value ("Select SSL/TLS"), if the guide says anything. */
    private static HtmlTemplate.Html boxDetails(Locale locale, ClientGuide guide, NoticeSettingsTable.Row row) {
        GuideEntry entry = guide.entry(row.item());
        return entry.action()
                .map(action -> line("action", SettingsSheetWriter.t(locale, "sheet.guide.action", action)))
                .orElse(new HtmlTemplate.Html(""));
    }

    static HtmlTemplate.Html line(String cssClass, String text) {
        return HtmlTemplate.load("guide-line.html").text("lineClass", cssClass).text("text", text).render();
    }

    private static String value(NoticeSettingsTable.Row row, NoticeSettingsTable table, Locale locale) {
        int limit = PasswordRule.bundled().maxLength();
        return switch (row.newValue().kind()) {
            case TYPED -> row.newValue().text();
            case MAIL_PASSWORD -> switch (table.passwordLength()) {
                case UNKNOWN -> SettingsSheetWriter.t(locale, "sheet.value.password") + " "
                        + SettingsSheetWriter.t(locale, "sheet.value.password.bothCases", limit, limit + 1);
                case WITHIN_LIMIT, LONGER_THAN_LIMIT -> table.passwordLength().advice(limit).in(locale);
            };
            case USE_SSL -> SettingsSheetWriter.t(locale, "sheet.value.ssl");
            case SAME_AS_INCOMING -> SettingsSheetWriter.t(locale, "sheet.value.smtpAuth");
        };
    }

    private static String cssClass(NoticeRemark remark) {
        return switch (remark) {
            case MUST_CHANGE -> "must";
            case CHANGE_IF_NOT_SET, NO_CHANGE_IF_WORKING -> "conditional";
        };
    }
}
