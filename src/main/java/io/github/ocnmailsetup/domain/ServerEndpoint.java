package io.github.ocnmailsetup.domain;

import java.util.Locale;

/** A mail server's host name and port. The OCN ones always speak SSL from the first byte (implicit TLS). */
public record ServerEndpoint(String host, int port) {

    public ServerEndpoint {
        if (host.isBlank()) {
            throw new ValidationException(Text.domain("server.empty"));
        }
        if (port < 1 || port > 65535) {
            throw new ValidationException(Text.domain("server.badPort", String.valueOf(port)));
        }
    }

    /**
     * Parses {@code host:port} (or {@code [v6]:port}); the port is required. For the command line's
     * {@code --pop-server} and {@code --smtp-server}.
     */
    public static ServerEndpoint parse(String input) {
        String value = input.trim();
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw formatProblem(value);
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String portText = value.substring(colon + 1);
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw formatProblem(value);
        }
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw formatProblem(value);
        }
        return new ServerEndpoint(host.toLowerCase(Locale.ROOT), port);
    }

    /** The message for input that is not host:port, with the notice's incoming server as the example. */
    private static ValidationException formatProblem(String value) {
        return new ValidationException(Text.domain("server.format", value, OcnSettings.bundled().pop()));
    }

    @Override
    public String toString() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }
}
