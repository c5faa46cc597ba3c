package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.NoticeRemark;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.PasswordRule;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sheet's part for the notice's table 「2)暗号化に関する設定」: the domain's {@link NoticeSettingsTable} as HTML rows,
 * each with the notice's 備考 and a mark (● must change, ○ depends). The password row never holds the password:
 * when its case is unknown, as on every sheet, the value points to the footnote *1, which states both cases.
 */
final class SettingsTable {

    private SettingsTable() {
    }

    static void fill(HtmlTemplate page, Locale locale, NoticeSettingsTable table, String clientName) {
        String rows = table.rows().stream()
                .map(row -> HtmlTemplate.load("settings-row.html")
                        .text("rowClass", cssClass(row.remark()))
                        .text("item", SettingsSheetWriter.t(locale, "sheet.item." + row.item().id()))
                        .text("valueClass", row.newValue().toType().isPresent() ? "value typed" : "value")
                        .text("value", value(row, table, locale))
                        .text("mark", SettingsSheetWriter.t(locale, row.remark() == NoticeRemark.MUST_CHANGE
                                ? "sheet.mark.must" : "sheet.mark.conditional"))
                        .text("remark", row.remark().words().in(locale))
                        .render().markup())
                .collect(Collectors.joining("\n"));
        page.text("settingsHeading", SettingsSheetWriter.t(locale, "sheet.settings.heading"))
                .text("settingsIntro", SettingsSheetWriter.t(locale, "sheet.settings.intro", clientName))
                .text("settingsColItem", SettingsSheetWriter.t(locale, "sheet.settings.col.item"))
                .text("settingsColValue", SettingsSheetWriter.t(locale, "sheet.settings.col.value"))
                .text("settingsColRemark", SettingsSheetWriter.t(locale, "sheet.settings.col.remark"))
                .html("settingsRows", new HtmlTemplate.Html(rows));
    }

    private static String value(NoticeSettingsTable.Row row, NoticeSettingsTable table, Locale locale) {
        return switch (row.newValue().kind()) {
            case TYPED -> row.newValue().text();
            case MAIL_PASSWORD -> switch (table.passwordLength()) {
                case UNKNOWN -> SettingsSheetWriter.t(locale, "sheet.value.password");
                case WITHIN_LIMIT, LONGER_THAN_LIMIT ->
                        table.passwordLength().advice(PasswordRule.bundled().maxLength()).in(locale);
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
