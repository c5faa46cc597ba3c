package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the writers need for one address: the profile, the mail software the user chose (for the
 * sheet's wording), the language, the app version and the date printed on the sheet.
 *
 * <p>A password is carried only after the user asked for it explicitly ({@link #includingPassword}); then it
 * has already been cut by the notice's rule (「*1 9文字以上の…8文字目までを入力」) and only the
 * .mobileconfig writer reads it. The sheet, the autoconfig and Autodiscover files never hold it.
 *
 * @param profile            the address and servers
 * @param client             the mail software the user chose
 * @param locale             Japanese or English
 * @param passwordForProfile the password to put in the .mobileconfig, empty unless asked for
 * @param appVersion         this app's version, printed on the sheet
 * @param date               the date printed on the sheet
 */
public record ExportRequest(
        MailProfile profile,
        MailClient client,
        Locale locale,
        Optional<Secret> passwordForProfile,
        String appVersion,
        LocalDate date) {

    public ExportRequest {
        locale = I18n.supported(locale);
    }

    /** A request without a password: what every export is unless the user opts in. */
    public static ExportRequest of(MailProfile profile, MailClient client, Locale locale, String appVersion,
            LocalDate date) {
        return new ExportRequest(profile, client, locale, Optional.empty(), appVersion, date);
    }

    /**
     * The same request with the password for the .mobileconfig, after the user asked for it and saw the
     * warning. The rule keeps only the characters the mail software must get (the first 8 of a longer one).
     */
    public ExportRequest includingPassword(Secret typed, PasswordRule rule) {
        return new ExportRequest(profile, client, locale, Optional.of(rule.apply(typed).toType()), appVersion,
                date);
    }

    /** The warning to show, and have the user accept, before {@link #includingPassword}. */
    public static Text passwordWarning() {
        return ProfileExporter.text("password.warning");
    }

    /** Whether a written .mobileconfig holds a password (and must be readable by its owner only). */
    public boolean holdsPassword() {
        return passwordForProfile.isPresent();
    }

    @Override
    public String toString() {
        return "ExportRequest[" + profile.address().masked() + ", " + client.id() + ", " + locale.getLanguage()
                + (holdsPassword() ? ", with password" : "") + "]";
    }
}
