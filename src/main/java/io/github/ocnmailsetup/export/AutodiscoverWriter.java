package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Outlook Autodiscover response (POX) for POP3 and SMTP: the notice's 「2)暗号化に関する設定」 with SSL on,
 * the full address as LoginName, authentication required and, for SMTP, the POP credentials
 * (「受信メールサーバと同じ設定で認証」). SPA is written out as off, because Outlook assumes on when it is missing.
 * Elements follow the order of Microsoft's Protocol (POX) reference. Never a password.
 */
final class AutodiscoverWriter {

    static final String AUTODISCOVER_NS = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    static final String RESPONSE_NS =
            "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private AutodiscoverWriter() {
    }

    static byte[] render(ExportRequest request) {
        MailProfile profile = request.profile();
        Document document = XmlOutput.newDocument();
        Element root = document.createElementNS(AUTODISCOVER_NS, "Autodiscover");
        document.appendChild(root);
        Element response = document.createElementNS(RESPONSE_NS, "Response");
        root.appendChild(response);
        Element account = XmlOutput.child(response, "Account");
        XmlOutput.child(account, "AccountType", "email");
        XmlOutput.child(account, "Action", "settings");
        protocol(account, "POP3", profile.incoming(), profile, false);
        protocol(account, "SMTP", profile.outgoing(), profile, true);
        return XmlOutput.serialise(document);
    }

    private static void protocol(Element account, String type, ServerEndpoint endpoint, MailProfile profile,
            boolean smtp) {
        Element protocol = XmlOutput.child(account, "Protocol");
        XmlOutput.child(protocol, "Type", type);
        XmlOutput.child(protocol, "Server", endpoint.host());
        XmlOutput.child(protocol, "Port", String.valueOf(endpoint.port()));
        XmlOutput.child(protocol, "LoginName", profile.address().value());
        XmlOutput.child(protocol, "DomainRequired", "off");
        XmlOutput.child(protocol, "SPA", "off");
        XmlOutput.child(protocol, "SSL", onOff(profile.implicitTls()));
        XmlOutput.child(protocol, "AuthRequired", "on");
        if (smtp) {
            XmlOutput.child(protocol, "UsePOPAuth", onOff(profile.smtpAuthSameAsIncoming()));
        }
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
