package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything the writers need for one address: the profile, the mail software the user chose (for the
 * sheet's wording), the language, the app version and the date printed on the sheet. Never the password: no
 * file this app writes holds it (decision 0032).
 *
 * @param profile    the address and servers
 * @param client     the mail software the user chose
 * @param locale     Japanese or English
 * @param appVersion this app's version, printed on the sheet
 * @param date       the date printed on the sheet
 */
public record ExportRequest(
        MailProfile profile,
        MailClient client,
        Locale locale,
        String appVersion,
        LocalDate date) {

    public ExportRequest {
        locale = I18n.supported(locale);
    }

    /** The request for a profile, in a language, with the version and date for the sheet. */
    public static ExportRequest of(MailProfile profile, MailClient client, Locale locale, String appVersion,
            LocalDate date) {
        return new ExportRequest(profile, client, locale, appVersion, date);
    }

    @Override
    public String toString() {
        return "ExportRequest[" + profile.address().masked() + ", " + client.id() + ", " + locale.getLanguage() + "]";
    }
}
