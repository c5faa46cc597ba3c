package io.github.ocnmailsetup.clients;

import java.nio.charset.StandardCharsets;

/**
 * The folder URI root of a POP account, {@code mailbox://user@host}, built as Thunderbird's
 * MsgIncomingServer.migrateServerUris builds it (encodeURIComponent on the user name and the host).
 */
final class ServerUri {

    private static final String UNRESERVED = "-_.!~*'()";

    private ServerUri() {
    }

    static String mailbox(String userName, String hostname) {
        String host = hostname.contains(":") ? "[" + hostname + "]" : hostname;
        String auth = userName.isEmpty() ? "" : encodeUriComponent(userName) + "@";
        return "mailbox://" + auth + encodeUriComponent(host);
    }

    /** JavaScript's encodeURIComponent. */
    static String encodeUriComponent(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * The URI moved to the new root when it lies under the old one. Thunderbird tests only the prefix; this also
     * wants a "/" or the end after it, so that {@code mailbox://u@abc.ocn.ne.jp} does not catch
     * {@code mailbox://u@abc.ocn.ne.jp.example}.
     */
    static String migrate(String uri, String oldRoot, String newRoot) {
        if (uri.equals(oldRoot) || uri.startsWith(oldRoot + "/")) {
            return newRoot + uri.substring(oldRoot.length());
        }
        return uri;
    }
}
