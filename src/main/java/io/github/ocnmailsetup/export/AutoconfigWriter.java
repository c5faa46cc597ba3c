package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Thunderbird autoconfig file (clientConfig version 1.1) for the address's domain: the notice's
 * 「2)暗号化に関する設定」 as POP3 on pop.ocn.ne.jp:995 and SMTP on smtp.ocn.ne.jp:465 with SSL, the full address
 * ({@code %EMAILADDRESS%}) as username and the same password for both. It keeps mail on the server when the
 * customer does (「受信サーバにメールを残すか: 残す」), but the format has no element for Thunderbird's "delete
 * after 14 days" and "delete on the server when deleted here": the sheet says how to untick them. Never a password.
 */
final class AutoconfigWriter {

    /** Thunderbird's placeholder for the address the user typed into its account dialog. */
    static final String EMAIL_ADDRESS = "%EMAILADDRESS%";

    private AutoconfigWriter() {
    }

    static byte[] render(ExportRequest request) {
        MailProfile profile = request.profile();
        String domain = profile.address().domain();
        Document document = XmlOutput.newDocument();
        Element config = document.createElement("clientConfig");
        config.setAttribute("version", "1.1");
        document.appendChild(config);
        Element provider = XmlOutput.child(config, "emailProvider");
        provider.setAttribute("id", domain);
        XmlOutput.child(provider, "domain", domain);
        XmlOutput.child(provider, "displayName", "OCN (" + domain + ")");
        XmlOutput.child(provider, "displayShortName", "OCN");

        Element incoming = server(provider, "incomingServer", "pop3", profile.incoming());
        Element pop3 = XmlOutput.child(incoming, "pop3");
        XmlOutput.child(pop3, "leaveMessagesOnServer", String.valueOf(profile.keepOnServer()));
        XmlOutput.child(pop3, "downloadOnBiff", "true");

        server(provider, "outgoingServer", "smtp", profile.outgoing());
        Comment note = document.createComment(
                " " + ProfileExporter.text("autoconfig.comment").in(java.util.Locale.ENGLISH) + " ");
        config.insertBefore(note, provider);
        return XmlOutput.serialise(document);
    }

    private static Element server(Element provider, String element, String type, ServerEndpoint endpoint) {
        Element server = XmlOutput.child(provider, element);
        server.setAttribute("type", type);
        XmlOutput.child(server, "hostname", endpoint.host());
        XmlOutput.child(server, "port", String.valueOf(endpoint.port()));
        XmlOutput.child(server, "socketType", "SSL");
        XmlOutput.child(server, "username", EMAIL_ADDRESS);
        XmlOutput.child(server, "authentication", "password-cleartext");
        return server;
    }
}
