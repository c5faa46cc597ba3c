package io.github.ocnmailsetup.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An OCN mail address, checked and normalised: trimmed, the domain in lower case, and only
 * {@code ocn.ne.jp} or a subdomain of it. The notice's username is this full address
 * (「ユーザ名: メールアドレス — 必ず設定変更が必要です」).
 */
public record OcnAddress(String localPart, String domain) {

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._+-]+");

    /** Parses what the user typed; throws {@link ValidationException} with a message they can act on. */
    public static OcnAddress parse(String input, OcnSettings settings) {
        String value = input.strip();
        if (value.isEmpty()) {
            throw new ValidationException(Text.domain("address.empty"));
        }
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new ValidationException(Text.domain("address.invalid"));
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            throw new ValidationException(Text.domain("address.noAt"));
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(value, true);
        } catch (AddressException e) {
            throw new ValidationException(Text.domain("address.invalid"));
        }
        // "Taro <taro@abc.ocn.ne.jp>" parses too, but is not what a mail software's username field wants.
        if (parsed.getPersonal() != null || !value.equals(parsed.getAddress()) || parsed.isGroup()) {
            throw new ValidationException(Text.domain("address.invalid"));
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        // OCN local parts are letters, digits and . _ - (and +). Anything else, such as / \ * ? or quotes, is
        // refused: it is never a real OCN address, and it would be unsafe in the file names of the exports.
        if (domain.isEmpty() || !LOCAL_PART.matcher(local).matches()) {
            throw new ValidationException(Text.domain("address.invalid"));
        }
        if (!isOcnDomain(domain, settings.ocnDomain())) {
            throw new ValidationException(Text.domain("address.notOcn", domain));
        }
        return new OcnAddress(local, domain);
    }

    /** Parses against the bundled OCN settings. */
    public static OcnAddress parse(String input) {
        return parse(input, OcnSettings.bundled());
    }

    private static boolean isOcnDomain(String domain, String ocnDomain) {
        return domain.equals(ocnDomain)
                || (domain.endsWith("." + ocnDomain) && !domain.startsWith(".") && !domain.contains(".."));
    }

    /** The full address, which is also the username for POP and SMTP. */
    public String value() {
        return localPart + "@" + domain;
    }

    /**
     * The old incoming server the notice writes as 「□□□.ocn.ne.jp」, which it does not name: the address's
     * own domain is the most likely one. The user may correct it, and a real profile replaces it.
     */
    public String proposedOldPopServer() {
        return domain;
    }

    /** The address for logs and support reports: first character of the local part, then stars. */
    public String masked() {
        int first = localPart.offsetByCodePoints(0, 1);
        return localPart.substring(0, first) + "***@" + domain;
    }

    @Override
    public String toString() {
        return masked();
    }
}
