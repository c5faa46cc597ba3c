package io.github.ocnmailsetup.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail software we have a guide for ({@link ClientGuides}), with the ids the command line's {@code --client}
 * takes. The notice names 「Windowsメール」; the others are what OCN customers use today.
 */
public enum MailClient {
    OUTLOOK("outlook"),
    OUTLOOK_NEW("outlook-new"),
    THUNDERBIRD("thunderbird"),
    APPLE_MAIL("apple-mail"),
    IPHONE("iphone"),
    ANDROID("android"),
    BECKY("becky"),
    WINDOWS_LIVE_MAIL("windows-live-mail"),
    WINDOWS_MAIL("windows-mail"),
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
