package io.github.ocnmailsetup.export;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The checks of Thunderbird's two autoconfig readers, ported to Java for tests: the desktop's
 * {@code readFromXML} with its {@code Sanitizer} (comm-central mail/components/accountcreation/modules), and
 * Thunderbird for Android's {@code RealAutoconfigParser} (feature/autodiscovery/autoconfig). Each returns what
 * that reader would take from the file, or throws {@link Rejected} with the reader's reason.
 */
final class ThunderbirdAutoconfigRules {

    /** The reader refused the file, for the reason given. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason);
        }
    }

    /** One server as the desktop reader takes it. */
    record Server(String type, String hostname, int port, String username, String socketType,
            String authentication, boolean hasPassword, Map<String, String> pop3) {
    }

    /** What the desktop reader takes from a file: the first valid incoming and outgoing server. */
    record DesktopConfig(String id, List<String> domains, Server incoming, Server outgoing) {
    }

    /** What the Android reader takes: only IMAP incoming servers and SMTP outgoing ones. */
    record AndroidServer(String hostname, int port, String security, List<String> authentication, String username) {
    }

    static final Set<String> PLACEHOLDERS = Set.of("%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%",
            "%REALNAME%");
    private static final Set<String> INCOMING_TYPES = Set.of("pop3", "imap", "nntp", "exchange");
    private static final Set<String> SOCKET_TYPES = Set.of("plain", "SSL", "STARTTLS");
    private static final Set<String> INCOMING_AUTH = Set.of("password-cleartext", "plain", "password-encrypted",
            "secure", "GSSAPI", "NTLM", "OAuth2");
    private static final Set<String> OUTGOING_AUTH = Set.of("none", "client-IP-address", "smtp-after-pop",
            "password-cleartext", "plain", "password-encrypted", "secure", "GSSAPI", "NTLM", "OAuth2");
    private static final Pattern HOST_PLACEHOLDER = Pattern.compile("^[a-zA-Z0-9\\-.]*(%[A-Z0-9]+%[a-zA-Z0-9\\-.]*)+$");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("%[A-Z0-9]+%");

    private ThunderbirdAutoconfigRules() {
    }

    // ---------------------------------------------------------------- Thunderbird desktop (readFromXML)

    static DesktopConfig readAsDesktop(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        if (!root.getTagName().equals("clientConfig")) {
            throw new Rejected("no_emailProvider.error: root is " + root.getTagName());
        }
        // The format's version; Thunderbird writes and expects 1.1.
        if (!"1.1".equals(root.getAttribute("version"))) {
            throw new Rejected("clientConfig version is not 1.1");
        }
        Element provider = first(root, "emailProvider").orElseThrow(() -> new Rejected("no_emailProvider.error"));
        String id = hostname(provider.getAttribute("id"));
        List<String> domains = new ArrayList<>();
        for (Element domain : children(provider, "domain")) {
            try {
                domains.add(hostname(domain.getTextContent()));
            } catch (Rejected e) {
                // Thunderbird logs and goes on with the next <domain>.
            }
        }
        if (domains.isEmpty()) {
            throw new Rejected("need proper <domain> in XML");
        }
        Server incoming = firstValid(children(provider, "incomingServer"), true, "Need proper <incomingServer>");
        Server outgoing = firstValid(children(provider, "outgoingServer"), false, "Need proper <outgoingServer>");
        return new DesktopConfig(id, domains, incoming, outgoing);
    }

    private static Server firstValid(List<Element> servers, boolean incoming, String none) {
        Rejected last = null;
        for (Element server : servers) {
            try {
                return incoming ? incoming(server) : outgoing(server);
            } catch (Rejected e) {
                last = e;
            }
        }
        throw last != null ? last : new Rejected(none + " in XML file");
    }

    private static Server incoming(Element server) {
        String type = server.getAttribute("type");
        if (!INCOMING_TYPES.contains(type)) {
            throw new Rejected("allowed_value.error: incomingServer type " + type);
        }
        String host = hostname(text(server, "hostname"));
        int port = integerRange(text(server, "port"), 1, 65535);
        String username = placeholders(text(server, "username"));
        String socketType = firstAllowed(server, "socketType", SOCKET_TYPES, "need proper <socketType> in XML");
        String auth = firstAllowed(server, "authentication", INCOMING_AUTH, "need proper <authentication> in XML");
        Map<String, String> pop3 = Map.of();
        Optional<Element> pop3Block = first(server, "pop3");
        if (pop3Block.isPresent() && !type.equals("pop3")) {
            // Thunderbird ignores it; for our files it would be a mistake, so the port refuses it.
            throw new Rejected("<pop3> under an incomingServer of type " + type);
        }
        if (pop3Block.isPresent()) {
            pop3 = pop3(pop3Block.get());
        }
        return new Server(type, host, port, username, socketType, auth, first(server, "password").isPresent(), pop3);
    }

    private static Map<String, String> pop3(Element block) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String flag : List.of("leaveMessagesOnServer", "downloadOnBiff")) {
            first(block, flag).ifPresent(e -> values.put(flag, String.valueOf(bool(e.getTextContent()))));
        }
        first(block, "daysToLeaveMessagesOnServer")
                .ifPresent(e -> values.put("daysToLeaveMessagesOnServer", String.valueOf(integer(e.getTextContent()))));
        return values;
    }

    private static Server outgoing(Element server) {
        if (!"smtp".equals(server.getAttribute("type"))) {
            throw new Rejected("outgoing_not_smtp.error");
        }
        String host = hostname(text(server, "hostname"));
        int port = integerRange(text(server, "port"), 1, 65535);
        String socketType = firstAllowed(server, "socketType", SOCKET_TYPES, "need proper <socketType> in XML");
        String auth = firstAllowed(server, "authentication", OUTGOING_AUTH, "need proper <authentication> in XML");
        boolean passwordAuth = Set.of("password-cleartext", "plain", "password-encrypted", "secure").contains(auth);
        Optional<Element> username = first(server, "username");
        if (passwordAuth && username.isEmpty()) {
            throw new Rejected("password authentication needs a <username>");
        }
        return new Server("smtp", host, port, username.map(e -> placeholders(e.getTextContent())).orElse(null),
                socketType, auth, first(server, "password").isPresent(), Map.of());
    }

    /** Sanitizer.hostname: not empty, a legal host name or IP, or a name with %PLACEHOLDERS%. */
    static String hostname(String value) {
        String host = value.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new Rejected("string_empty.error");
        }
        if (HOST_PLACEHOLDER.matcher(host).matches()) {
            return host;
        }
        if (!isLegalHostNameOrIp(host)) {
            throw new Rejected("hostname_syntax.error: " + value);
        }
        return host.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isLegalHostNameOrIp(String host) {
        Matcher ip = IPV4.matcher(host);
        if (ip.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ip.group(i)) > 255) {
                    return false;
                }
            }
            return true;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.length() > 253 || name.isEmpty()) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String placeholders(String value) {
        Matcher m = ANY_PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                throw new Rejected("unknown placeholder " + m.group());
            }
        }
        return value;
    }

    private static int integer(String value) {
        // JavaScript's parseInt reads leading digits; a file that relies on that is wrong anyway.
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Rejected("no_number.error: " + value);
        }
    }

    private static int integerRange(String value, int min, int max) {
        int n = integer(value);
        if (n < min || n > max) {
            throw new Rejected("number out of range: " + value);
        }
        return n;
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Rejected("boolean.error: " + value);
        };
    }

    private static String firstAllowed(Element server, String element, Set<String> allowed, String reason) {
        for (Element candidate : children(server, element)) {
            if (allowed.contains(candidate.getTextContent())) {
                return candidate.getTextContent();
            }
        }
        throw new Rejected(reason);
    }

    // ---------------------------------------------------------------- Thunderbird for Android

    /** Android: incoming servers of type imap only, outgoing smtp; rejects when either list is empty. */
    static List<List<AndroidServer>> readAsAndroid(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        if (!root.getTagName().equals("clientConfig")) {
            throw new Rejected("Missing 'clientConfig' element");
        }
        Element provider = first(root, "emailProvider").orElseThrow(() -> new Rejected("Missing 'emailProvider' element"));
        if (!provider.hasAttribute("id")) {
            throw new Rejected("Missing 'emailProvider.id' attribute");
        }
        if (!isLegalHostNameOrIp(provider.getAttribute("id"))) {
            throw new Rejected("Invalid 'emailProvider.id' attribute");
        }
        boolean domainFound = children(provider, "domain").stream()
                .anyMatch(d -> isLegalHostNameOrIp(textOnly(d)));
        List<AndroidServer> incoming = new ArrayList<>();
        for (Element server : children(provider, "incomingServer")) {
            if ("imap".equals(server.getAttribute("type"))) {
                incoming.add(androidServer(server));
            }
        }
        List<AndroidServer> outgoing = new ArrayList<>();
        for (Element server : children(provider, "outgoingServer")) {
            if ("smtp".equals(server.getAttribute("type"))) {
                outgoing.add(androidServer(server));
            }
        }
        if (!domainFound) {
            throw new Rejected("Valid 'domain' element required");
        }
        if (incoming.isEmpty()) {
            throw new Rejected("No supported 'incomingServer' element found");
        }
        if (outgoing.isEmpty()) {
            throw new Rejected("No supported 'outgoingServer' element found");
        }
        return List.of(incoming, outgoing);
    }

    /** The Android reader's view of the outgoing servers alone (it reads them even when it then rejects). */
    static List<AndroidServer> androidOutgoing(byte[] xml) {
        Element provider = first(parse(xml).getDocumentElement(), "emailProvider").orElseThrow();
        List<AndroidServer> outgoing = new ArrayList<>();
        for (Element server : children(provider, "outgoingServer")) {
            if ("smtp".equals(server.getAttribute("type"))) {
                outgoing.add(androidServer(server));
            }
        }
        return outgoing;
    }

    private static AndroidServer androidServer(Element server) {
        String host = first(server, "hostname").map(ThunderbirdAutoconfigRules::textOnly)
                .orElseThrow(() -> new Rejected("Missing 'hostname' element"));
        if (!isLegalHostNameOrIp(host)) {
            throw new Rejected("Invalid 'hostname' value: '" + host + "'");
        }
        String portText = first(server, "port").map(ThunderbirdAutoconfigRules::textOnly)
                .orElseThrow(() -> new Rejected("Missing 'port' element"));
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new Rejected("Invalid 'port' value: '" + portText + "'");
        }
        if (port < 0 || port > 65535) {
            throw new Rejected("Invalid 'port' value: '" + portText + "'");
        }
        String username = first(server, "username").map(ThunderbirdAutoconfigRules::textOnly)
                .orElseThrow(() -> new Rejected("Missing 'username' element"));
        List<String> auth = children(server, "authentication").stream().map(ThunderbirdAutoconfigRules::textOnly)
                .filter(Set.of("OAuth2", "password-cleartext", "password-encrypted")::contains).toList();
        if (auth.isEmpty()) {
            throw new Rejected("No usable 'authentication' element found");
        }
        String socketType = first(server, "socketType").map(ThunderbirdAutoconfigRules::textOnly)
                .orElseThrow(() -> new Rejected("Missing 'socketType' element"));
        String security = switch (socketType) {
            case "SSL" -> "TLS";
            case "STARTTLS" -> "StartTLS";
            default -> throw new Rejected("Unknown 'socketType' value: '" + socketType + "'");
        };
        return new AndroidServer(host, port, security, auth, username);
    }

    /** Android's readText: an element with anything but text inside is an error. */
    private static String textOnly(Element element) {
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() != Node.TEXT_NODE) {
                throw new Rejected("Expected text, but got " + nodes.item(i).getNodeName());
            }
        }
        return element.getTextContent();
    }

    // ---------------------------------------------------------------- XML helpers

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new Rejected("not well-formed XML: " + e.getMessage());
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static Optional<Element> first(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static String text(Element parent, String name) {
        return first(parent, name).map(Element::getTextContent)
                .orElseThrow(() -> new Rejected("missing <" + name + ">"));
    }
}
