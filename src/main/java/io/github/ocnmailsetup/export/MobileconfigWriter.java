package io.github.ocnmailsetup.export;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.OcnAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The Apple configuration profile (.mobileconfig) with one {@code com.apple.mail.managed} payload: the notice's
 * 「2)暗号化に関する設定」 as POP on pop.ocn.ne.jp:995 and SMTP on smtp.ocn.ne.jp:465, both with SSL, the full address
 * as both usernames and SMTP authentication with the incoming password (「受信メールサーバと同じ設定で認証」).
 * Apple's payload has no key for keeping POP mail on the server: the sheet and the wizard say where to change it.
 * Written with dd-plist. It never holds the password: iOS and macOS ask for it when the profile is installed
 * (decision 0032).
 */
final class MobileconfigWriter {

    /** The prefix of every identifier this app writes; the address makes each profile's own, stable one. */
    static final String IDENTIFIER_PREFIX = "io.github.ocnmailsetup.mail.";

    private MobileconfigWriter() {
    }

    static byte[] render(ExportRequest request) {
        return toPlist(request).toXMLPropertyList().getBytes(StandardCharsets.UTF_8);
    }

    static NSDictionary toPlist(ExportRequest request) {
        MailProfile profile = request.profile();
        Locale locale = request.locale();
        String identifier = identifier(profile.address());
        NSDictionary root = new NSDictionary();
        root.put("PayloadContent", new NSArray(mailPayload(profile, locale, identifier)));
        root.put("PayloadDisplayName", text(locale, "mobileconfig.displayName"));
        root.put("PayloadDescription", text(locale, "mobileconfig.description",
                profile.address().value(), profile.incoming().host(), String.valueOf(profile.incoming().port()),
                profile.outgoing().host(), String.valueOf(profile.outgoing().port())));
        root.put("PayloadIdentifier", identifier);
        root.put("PayloadOrganization", text(locale, "app.name"));
        root.put("PayloadRemovalDisallowed", false);
        root.put("PayloadType", "Configuration");
        root.put("PayloadUUID", UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        root.put("PayloadVersion", 1);
        return root;
    }

    /** The mail account itself: the notice's servers, SSL on both, the full address as the user name. */
    private static NSDictionary mailPayload(MailProfile profile, Locale locale, String identifier) {
        NSDictionary mail = new NSDictionary();
        mail.put("PayloadType", "com.apple.mail.managed");
        mail.put("PayloadVersion", 1);
        mail.put("PayloadIdentifier", identifier + ".account");
        mail.put("PayloadUUID", UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        mail.put("PayloadDisplayName", text(locale, "mobileconfig.account.displayName"));
        mail.put("PayloadDescription", text(locale, "mobileconfig.account.description"));
        mail.put("EmailAccountDescription", text(locale, "mobileconfig.account.name",
                profile.address().value()));
        mail.put("EmailAccountType", "EmailTypePOP");
        mail.put("EmailAddress", profile.address().value());
        mail.put("IncomingMailServerAuthentication", "EmailAuthPassword");
        mail.put("IncomingMailServerHostName", profile.incoming().host());
        mail.put("IncomingMailServerPortNumber", profile.incoming().port());
        mail.put("IncomingMailServerUseSSL", profile.implicitTls());
        mail.put("IncomingMailServerUsername", profile.address().value());
        mail.put("OutgoingMailServerAuthentication", "EmailAuthPassword");
        mail.put("OutgoingMailServerHostName", profile.outgoing().host());
        mail.put("OutgoingMailServerPortNumber", profile.outgoing().port());
        mail.put("OutgoingMailServerUseSSL", profile.implicitTls());
        mail.put("OutgoingMailServerUsername", profile.address().value());
        mail.put("OutgoingPasswordSameAsIncomingPassword", profile.smtpAuthSameAsIncoming());
        return mail;
    }

    /**
     * The same identifier every time for the same address, so installing a newer profile replaces the older one
     * instead of adding a second account: the address in reverse-DNS style, plus a short hash when characters
     * had to be replaced.
     */
    static String identifier(OcnAddress address) {
        String domain = address.domain().toLowerCase(Locale.ROOT);
        String local = address.localPart().toLowerCase(Locale.ROOT);
        String safeLocal = local.replaceAll("[^a-z0-9-]", "-");
        String id = IDENTIFIER_PREFIX + domain + "." + safeLocal;
        if (!safeLocal.equals(local)) {
            id += "-" + shortHash(address.value());
        }
        return id;
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(Locale locale, String key, Object... args) {
        return I18n.format(ProfileExporter.BUNDLE, locale, key, args);
    }
}
