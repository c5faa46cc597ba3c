package io.github.ocnmailsetup.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The values a guide's placeholders stand for: the notice's servers and ports (「2)暗号化に関する設定」) and the
 * user's address (「ユーザ名: メールアドレス」), so the guide files never repeat them.
 */
public record GuideValues(String popServer, int popPort, String smtpServer, int smtpPort, String address) {

    /** OCN's servers, with a generic "your mail address" for the address. */
    public static GuideValues of(OcnSettings settings, Locale locale) {
        return new GuideValues(settings.pop().host(), settings.pop().port(), settings.smtp().host(),
                settings.smtp().port(), Text.domain("guide.address.any").in(locale));
    }

    /** The user's own address and servers. */
    public static GuideValues of(MailProfile profile) {
        return new GuideValues(profile.incoming().host(), profile.incoming().port(), profile.outgoing().host(),
                profile.outgoing().port(), profile.address().value());
    }

    /** The value of a placeholder name ({@code pop-server}, ...); empty for a name the format does not know. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(switch (name) {
            case "pop-server" -> popServer;
            case "pop-port" -> String.valueOf(popPort);
            case "smtp-server" -> smtpServer;
            case "smtp-port" -> String.valueOf(smtpPort);
            case "address" -> address;
            default -> null;
        });
    }
}
