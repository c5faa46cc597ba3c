package io.github.ocnmailsetup.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An OCN mail address, checked and normalised: Unicode NFKC (full-width letters, digits, ＠ and ． become
 * half-width), trimmed, the domain in lower case, the local part as typed, and only {@code ocn.ne.jp} or a
 * subdomain of it. The notice's username is this full address (「ユーザ名: メールアドレス — 必ず設定変更が必要です」).
 * Every command and the wizard parse addresses here, so they all accept and refuse the same input.
 */
public record OcnAddress(String localPart, String domain) {

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9._+-]+");

    /** RFC 5321 section 4.5.3.1.1: a local part has at most 64 octets. */
    public static final int MAX_LOCAL_PART_OCTETS = 64;

    /**
     * RFC 5321 section 4.5.3.1.3: a path has at most 256 octets including its angle brackets, so an address has at
     * most 254 (RFC 3696 erratum 1690).
     */
    public static final int MAX_ADDRESS_OCTETS = 254;

    /**
     * Marks a Japanese input method types in place of "." and "-" that NFKC leaves alone (the ideographic full stop
     * stays U+3002, the prolonged sound mark U+30FC), each with the half-width character the user meant.
     */
    private static final Map<Integer, String> INPUT_METHOD_MARKS = Map.of(
            0x3002, ".", // ideographic full stop (NFKC also maps the half-width U+FF61 to it)
            0x30FC, "-", // prolonged sound mark (NFKC also maps the half-width U+FF70 to it)
            0x2010, "-", // hyphen
            0x2015, "-", // horizontal bar
            0x2212, "-"); // minus sign

    /** However an address is made, it keeps the mail standards' limits (see {@link #parse} for typed input). */
    public OcnAddress {
        if (octets(localPart) > MAX_LOCAL_PART_OCTETS || octets(localPart) + 1 + octets(domain) > MAX_ADDRESS_OCTETS) {
            throw new ValidationException(Text.domain("address.tooLong", MAX_LOCAL_PART_OCTETS, MAX_ADDRESS_OCTETS));
        }
    }

    /** Parses what the user typed; throws {@link ValidationException} with a message they can act on. */
    public static OcnAddress parse(String input, OcnSettings settings) {
        String value = normalise(input);
        if (value.isEmpty()) {
            throw new ValidationException(Text.domain("address.empty"));
        }
        refuseInputMethodMarks(value);
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new ValidationException(Text.domain("address.invalid"));
        }
        int at = value.lastIndexOf('@');
        if (at < 0) {
            throw new ValidationException(Text.domain("address.noAt"));
        }
        if (octets(value.substring(0, at)) > MAX_LOCAL_PART_OCTETS || octets(value) > MAX_ADDRESS_OCTETS) {
            throw new ValidationException(Text.domain("address.tooLong", MAX_LOCAL_PART_OCTETS, MAX_ADDRESS_OCTETS));
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

    /**
     * What every rule sees: Unicode NFKC (so ＡＢＣ１２３＠ｏｃｎ．ｎｅ．ｊｐ becomes ABC123@ocn.ne.jp and the
     * ideographic space becomes a space), then trimmed. Case is left alone here; {@link #parse} lowers the domain.
     */
    public static String normalise(String input) {
        return Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
    }

    private static void refuseInputMethodMarks(String value) {
        value.codePoints().filter(INPUT_METHOD_MARKS::containsKey).findFirst().ifPresent(mark -> {
            throw new ValidationException(Text.domain("address.inputMethodMark",
                    new String(Character.toChars(mark)), INPUT_METHOD_MARKS.get(mark)));
        });
    }

    private static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
