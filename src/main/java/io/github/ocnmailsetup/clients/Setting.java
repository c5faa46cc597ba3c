package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;

/** What one change in a plan is about, with its label in the user's language. */
public enum Setting {
    POP_SERVER, POP_USER_NAME, POP_PORT, POP_SECURITY, POP_AUTHENTICATION,
    DELETE_WHEN_DELETED_HERE, DELETE_AFTER_DAYS,
    SMTP_SERVER, SMTP_PORT, SMTP_SECURITY, SMTP_AUTHENTICATION, SMTP_USER_NAME,
    IDENTITY_SMTP_SERVER, SMTP_SERVER_LIST,
    FOLDER_LOCATION, FILTER_TARGET, SPAM_TARGET, CLIENT_ID, OLD_REAL_NAME;

    /** The label shown in the before → after list. */
    public String label(Locale locale) {
        return I18n.format(ClientText.BUNDLE, locale, "setting." + name());
    }
}
