package io.github.ocnmailsetup.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The mail software we have words for, with the ids the command line's {@code --client} takes. */
public enum MailClient {
    THUNDERBIRD("thunderbird"),
    OUTLOOK("outlook"),
    OUTLOOK_NEW("outlook-new"),
    APPLE_MAIL("apple-mail"),
    BECKY("becky"),
    OTHER("other");

    private final String id;

    MailClient(String id) {
        this.id = id;
    }

    /** The stable id, as typed on the command line and stored in the remembered answers. */
    public String id() {
        return id;
    }

    /** The client for an id, case-insensitive; empty for an unknown id. */
    public static Optional<MailClient> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }
}
