package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.NoticeSettingsTable;
import io.github.ocnmailsetup.domain.NoticeSettingsTable.OldValue;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordLength;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Page 7: the notice's table 「2)暗号化に関する設定」 as the domain's {@link NoticeSettingsTable} fills it in for
 * the user, before → after, each row with the notice's 備考, and what the encryption covers (「メールの暗号化の範囲」).
 * Beside each row, where that box is in the chosen mail software and its label there, then that software's steps,
 * defaults and notes: its {@link ClientGuide}, the help the notice points to (「詳細な設定項目はメールソフトごとに
 * 異なりますので、ヘルプ等でご確認ください」). This model only puts the table and the guide into the page's words.
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

    /**
     * The profile the exports and the Thunderbird change use. The old server counts as known once the user changed
     * the proposal; the password's case is left unknown, so no file says which case applies.
     */
    public Optional<MailProfile> profile() {
        return account.address().map(address -> {
            RetentionChoice retention = Optional.ofNullable(client.retentionProperty().get())
                    .orElse(RetentionChoice.KEEP_ON_SERVER);
            MailProfile profile = MailProfile.of(address, notice, retention);
            String typed = oldServer.get().strip();
            return typed.isEmpty() || typed.equals(address.proposedOldPopServer())
                    ? profile : profile.withOldIncomingServer(typed);
        });
    }

    /** The notice's table for this user, with the case of the password typed on the account page. */
    public Optional<NoticeSettingsTable> table() {
        PasswordLength password = account.passwordForMailSoftware().map(PasswordLength::of)
                .orElse(PasswordLength.UNKNOWN);
        return profile().map(p -> NoticeSettingsTable.of(p.withPasswordLength(password)));
    }

    /** The table's rows in the page's words, in the notice's order; none before an address is known. */
    public List<SettingRow> rows() {
        return table().map(table -> table.rows().stream().map(row -> row(row, table)).toList()).orElse(List.of());
    }

    /** The chosen mail software; "other" (the notice's generic words) until one is chosen. */
    public MailClient mailClient() {
        return Optional.ofNullable(client.clientProperty().get()).orElse(MailClient.OTHER);
    }

    /** The chosen software's guide with the user's address and servers, in the page's language. */
    public Optional<ClientGuide> guide(Locale locale) {
        return profile().map(p -> ClientGuides.forProfile(mailClient(), locale, p));
    }

    /**
     * The label of a row's box as the user will see it: the software's own where a source confirmed it, else the
     * notice's words marked "(the wording may differ)".
     */
    public String boxLabel(ClientGuide guide, NoticeItem item, Locale locale) {
        return ClientGuides.labelShown(guide, item, locale);
    }

    /**
     * Whether the row's label is the software's own, confirmed by a source: the page quotes it then, and shows the
     * notice's words with "(the wording may differ)" unquoted otherwise (the rule of {@link ClientGuides#labelShown}).
     */
    public boolean ownLabel(ClientGuide guide, NoticeItem item) {
        return guide.client() != MailClient.OTHER && guide.entry(item).label().isPresent();
    }

    /** iPhone/iPad and Mac users can install the .mobileconfig instead of typing: the page offers it beside the guide. */
    public boolean offersAppleProfile() {
        return mailClient() == MailClient.IPHONE || mailClient() == MailClient.APPLE_MAIL;
    }

    /**
     * For a password longer than the notice's limit, how many characters to type (the notice's *1): then the
     * password row says what to type, never "no change needed" beside it.
     */
    public java.util.OptionalInt typeOnlyFirst() {
        return table().filter(t -> t.passwordLength() == PasswordLength.LONGER_THAN_LIMIT)
                .map(t -> java.util.OptionalInt.of(notice.passwordMaxLength())).orElse(java.util.OptionalInt.empty());
    }

    /** What the encryption covers. */
    public Text encryptionScope() {
        return NoticeMessages.encryptionScope();
    }

    private SettingRow row(NoticeSettingsTable.Row row, NoticeSettingsTable table) {
        return new SettingRow(row.item(), UiText.of(labelKey(row.item())), before(row), after(row, table),
                row.newValue().toType(), row.remark());
    }

    /**
     * The new value; a row with nothing to copy reads as a whole instruction (which box, set to what), and the
     * password row says what to type for the user's case of the notice's *1.
     */
    private Text after(NoticeSettingsTable.Row row, NoticeSettingsTable table) {
        return switch (row.newValue().kind()) {
            case TYPED -> value(row.newValue().text());
            case MAIL_PASSWORD -> switch (table.passwordLength()) {
                case LONGER_THAN_LIMIT -> UiText.of("settings.instruction.password.longer", notice.passwordMaxLength(),
                        notice.passwordMaxLength() + 1);
                case WITHIN_LIMIT -> UiText.of("settings.instruction.password.asIs");
                case UNKNOWN -> UiText.of("settings.instruction.password.eitherCase", notice.passwordMaxLength(),
                        notice.passwordMaxLength() + 1);
            };
            case USE_SSL -> UiText.of(row.item() == NoticeItem.SMTP_SSL
                    ? "settings.instruction.smtp.ssl" : "settings.instruction.pop.ssl");
            case SAME_AS_INCOMING -> UiText.of("settings.instruction.smtp.auth");
        };
    }

    /** What the mail software has now, as far as it is known; nothing for the password (never shown). */
    private static Optional<Text> before(NoticeSettingsTable.Row row) {
        OldValue old = row.oldValue();
        return switch (old.kind()) {
            case KNOWN -> Optional.of(value(old.values().get(0)));
            case GUESSED -> Optional.of(UiText.of("settings.before.guess", old.values().get(0)));
            case USUAL_PORTS -> Optional.of(eitherPort(old.values()));
            case NOT_KNOWN -> Optional.of(UiText.of(row.item() == NoticeItem.USER_NAME
                    ? "settings.before.username" : "settings.before.smtpServer"));
            case NO_SSL -> Optional.of(UiText.of("settings.before.noSsl"));
            case MAYBE_NOT_SET -> Optional.of(UiText.of("settings.before.smtpAuth"));
            case UNCHANGED -> Optional.empty();
        };
    }

    /** "25 or 587": the usual ports, one of which the mail software has now. */
    private static Text eitherPort(List<String> ports) {
        if (ports.size() == 1) {
            return value(ports.get(0));
        }
        int last = ports.size() - 1;
        return UiText.of("settings.before.eitherPort", String.join(", ", ports.subList(0, last)), ports.get(last));
    }

    private static String labelKey(NoticeItem item) {
        return switch (item) {
            case USER_NAME -> "settings.username";
            case PASSWORD -> "settings.password";
            case POP_SERVER -> "settings.pop.server";
            case POP_PORT -> "settings.pop.port";
            case POP_SSL -> "settings.pop.ssl";
            case SMTP_SERVER -> "settings.smtp.server";
            case SMTP_PORT -> "settings.smtp.port";
            case SMTP_AUTH -> "settings.smtp.auth";
            case SMTP_SSL -> "settings.smtp.ssl";
            case KEEP_ON_SERVER, DELETE_ON_SERVER ->
                    throw new IllegalArgumentException(item + " is not a row of the settings table");
        };
    }

    private static Text value(String plain) {
        return UiText.of("value", plain);
    }
}
