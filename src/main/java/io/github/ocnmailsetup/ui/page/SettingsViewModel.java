package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.page.SettingRow.Mark;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Page 7: the new settings as the notice's table 「2)暗号化に関する設定」 lists them, before → after, each
 * marked as the notice marks it, and what the encryption covers (「メールの暗号化の範囲」). The values are
 * the notice's servers, because they are what the user types into the mail software.
 */
public final class SettingsViewModel {

    private final OcnSettings notice;
    private final AccountViewModel account;
    private final ClientViewModel client;
    private final StringProperty oldServer = new SimpleStringProperty("");

    public SettingsViewModel(OcnSettings notice, AccountViewModel account, ClientViewModel client) {
        this.notice = notice;
        this.account = account;
        this.client = client;
        account.parsedAddressProperty().addListener((o, a, b) -> {
            if (b != null && (a == null || oldServer.get().isBlank() || oldServer.get().equals(a.proposedOldPopServer()))) {
                oldServer.set(b.proposedOldPopServer());
            }
        });
        account.address().ifPresent(a -> oldServer.set(a.proposedOldPopServer()));
    }

    /** The old incoming server (the notice's □□□.ocn.ne.jp): proposed from the address, the user may correct it. */
    public StringProperty oldServerProperty() {
        return oldServer;
    }

    /** The profile the exports and the Thunderbird change use. */
    public Optional<MailProfile> profile() {
        return account.address().map(address -> {
            RetentionChoice retention = Optional.ofNullable(client.retentionProperty().get())
                    .orElse(RetentionChoice.KEEP_ON_SERVER);
            MailProfile profile = MailProfile.of(address, notice, retention);
            return oldServer.get().isBlank() ? profile : profile.withOldIncomingServer(oldServer.get());
        });
    }

    /** The table, in the notice's order. */
    public List<SettingRow> rows() {
        String username = account.address().map(OcnAddress::value).orElse("");
        String old = oldServer.get().isBlank() ? "" : oldServer.get();
        Text password = account.passwordForMailSoftware()
                .map(p -> p.advice()).orElse(UiText.of("settings.password.after"));
        return List.of(
                row("settings.username", UiText.of("settings.before.username"), value(username), username,
                        Mark.MUST_CHANGE),
                new SettingRow(UiText.of("settings.password"), UiText.of("settings.before.password"), password,
                        Optional.empty(), Mark.NO_CHANGE_IF_WORKING),
                row("settings.pop.server", old.isEmpty() ? UiText.of("settings.before.unknown") : value(old),
                        value(notice.pop().host()), notice.pop().host(), Mark.MUST_CHANGE),
                row("settings.pop.port", value("110"), value(String.valueOf(notice.pop().port())),
                        String.valueOf(notice.pop().port()), Mark.MUST_CHANGE),
                new SettingRow(UiText.of("settings.pop.ssl"), UiText.of("settings.before.noSsl"),
                        UiText.of("settings.useSsl"), Optional.empty(), Mark.MUST_CHANGE),
                row("settings.smtp.server", UiText.of("settings.before.smtpServer"),
                        value(notice.smtp().host()), notice.smtp().host(), Mark.MUST_CHANGE),
                row("settings.smtp.port", UiText.of("settings.before.smtpPort"),
                        value(String.valueOf(notice.smtp().port())), String.valueOf(notice.smtp().port()),
                        Mark.MUST_CHANGE),
                new SettingRow(UiText.of("settings.smtp.auth"), UiText.of("settings.before.smtpAuth"),
                        UiText.of("settings.smtp.auth.after"), Optional.empty(), Mark.CHANGE_IF_NOT_SET),
                new SettingRow(UiText.of("settings.smtp.ssl"), UiText.of("settings.before.noSsl"),
                        UiText.of("settings.useSsl"), Optional.empty(), Mark.MUST_CHANGE));
    }

    /** What the encryption covers. */
    public Text encryptionScope() {
        return NoticeMessages.encryptionScope();
    }

    private static SettingRow row(String labelKey, Text before, Text after, String copy, Mark mark) {
        return new SettingRow(UiText.of(labelKey), before, after, copy.isEmpty() ? Optional.empty() : Optional.of(copy),
                mark);
    }

    private static Text value(String plain) {
        return UiText.of("value", plain);
    }
}
