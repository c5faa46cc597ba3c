package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.MailProfile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The notice's 「2)暗号化に関する設定」 table for one address, row by row, with the notice's own 備考: which settings
 * must change (必ず設定変更が必要です), the password that need not (すでに送受信できている場合、変更不要です) and SMTP
 * authentication that must be set if it is not (設定されていない場合、設定変更が必要です).
 */
final class SettingsTable {

    /** How the notice marks a row. */
    enum Remark {
        MUST("sheet.remark.must", "sheet.mark.must", "must"),
        PASSWORD("sheet.remark.password", "sheet.mark.conditional", "conditional"),
        SMTP_AUTH("sheet.remark.smtpAuth", "sheet.mark.conditional", "conditional");

        final String textKey;
        final String markKey;
        final String cssClass;

        Remark(String textKey, String markKey, String cssClass) {
            this.textKey = textKey;
            this.markKey = markKey;
            this.cssClass = cssClass;
        }
    }

    /** One row: the item's key, the value, whether it is typed in as it stands, the notice's remark. */
    record Row(String itemKey, String value, boolean typed, Remark remark) {
    }

    private SettingsTable() {
    }

    /** The rows in the notice's order, filled in for the profile. */
    static List<Row> rows(MailProfile profile, Locale locale) {
        String ssl = SettingsSheetWriter.t(locale, "sheet.value.ssl");
        return List.of(
                new Row("sheet.item.username", profile.address().value(), true, Remark.MUST),
                new Row("sheet.item.password", SettingsSheetWriter.t(locale, "sheet.value.password"), false,
                        Remark.PASSWORD),
                new Row("sheet.item.popServer", profile.incoming().host(), true, Remark.MUST),
                new Row("sheet.item.popPort", String.valueOf(profile.incoming().port()), true, Remark.MUST),
                new Row("sheet.item.popSsl", ssl, false, Remark.MUST),
                new Row("sheet.item.smtpServer", profile.outgoing().host(), true, Remark.MUST),
                new Row("sheet.item.smtpPort", String.valueOf(profile.outgoing().port()), true, Remark.MUST),
                new Row("sheet.item.smtpAuth", SettingsSheetWriter.t(locale, "sheet.value.smtpAuth"), false,
                        Remark.SMTP_AUTH),
                new Row("sheet.item.smtpSsl", ssl, false, Remark.MUST));
    }

    static void fill(HtmlTemplate page, Locale locale, MailProfile profile, String clientName) {
        String rows = rows(profile, locale).stream()
                .map(row -> HtmlTemplate.load("settings-row.html")
                        .text("rowClass", row.remark().cssClass)
                        .text("item", SettingsSheetWriter.t(locale, row.itemKey()))
                        .text("valueClass", row.typed() ? "value typed" : "value")
                        .text("value", row.value())
                        .text("mark", SettingsSheetWriter.t(locale, row.remark().markKey))
                        .text("remark", SettingsSheetWriter.t(locale, row.remark().textKey))
                        .render().markup())
                .collect(Collectors.joining("\n"));
        page.text("settingsHeading", SettingsSheetWriter.t(locale, "sheet.settings.heading"))
                .text("settingsIntro", SettingsSheetWriter.t(locale, "sheet.settings.intro", clientName))
                .text("settingsColItem", SettingsSheetWriter.t(locale, "sheet.settings.col.item"))
                .text("settingsColValue", SettingsSheetWriter.t(locale, "sheet.settings.col.value"))
                .text("settingsColRemark", SettingsSheetWriter.t(locale, "sheet.settings.col.remark"))
                .html("settingsRows", new HtmlTemplate.Html(rows));
    }
}
