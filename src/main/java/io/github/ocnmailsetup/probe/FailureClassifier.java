package io.github.ocnmailsetup.probe;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;

/**
 * Names the {@link FailureKind} of an exception from a POP3 or SMTP connection. Jakarta Mail wraps the real
 * cause in one or more layers and sometimes reports a timeout as a failed login (docs/architecture.md, "Failure shapes"), so
 * this walks the whole cause chain and reads the messages, not only the outer type.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    /** The kind for {@code failure} thrown while running {@code step}. */
    static FailureKind classify(CheckStep step, Throwable failure) {
        if (replyLimit(failure) != null) {
            return FailureKind.SERVER_ERROR; // an endless or absurd reply is the server's fault, whatever the step
        }
        FailureKind network = networkKind(failure);
        if (network != null) {
            return network;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return authenticationKind(step, lower(t.getMessage()));
            }
            if (t instanceof SendFailedException) {
                return FailureKind.SEND_REJECTED;
            }
        }
        return FailureKind.SERVER_ERROR;
    }

    /** The bound a server broke, when that is what {@code failure} comes from; else null. */
    static @Nullable ReplyLimitException replyLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReplyLimitException limit) {
                return limit;
            }
        }
        return null;
    }

    private static FailureKind authenticationKind(CheckStep step, String message) {
        if (message.contains("[in-use]")) {
            return FailureKind.MAILBOX_IN_USE;
        }
        if (message.contains("timed out")) {
            return FailureKind.SERVER_SILENT;
        }
        if (message.contains("[sys/") || message.startsWith("unexpected response")) {
            // "Unexpected response": the mail library's words for a reply that is neither +OK nor -ERR (a broken
            // server, or a bare CR that split a line): nothing refused the password.
            return FailureKind.SERVER_ERROR;
        }
        return step == CheckStep.SMTP_SEND ? FailureKind.SMTP_AUTH_REJECTED : FailureKind.POP_AUTH_REJECTED;
    }

    /** DNS, TCP and TLS problems, from anywhere in the chain; null when there is none. */
    private static @Nullable FailureKind networkKind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = lower(t.getMessage());
            if (t instanceof UnknownHostException) {
                return FailureKind.DNS_FAILURE;
            }
            if (t instanceof SocketTimeoutException) {
                return message.contains("connect") ? FailureKind.CONNECTION_TIMEOUT : FailureKind.SERVER_SILENT;
            }
            if (t instanceof NoRouteToHostException) {
                return FailureKind.CONNECTION_TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return message.contains("timed out") ? FailureKind.CONNECTION_TIMEOUT : FailureKind.CONNECTION_REFUSED;
            }
            if (t instanceof SSLException) {
                FailureKind tls = tlsKind(t);
                if (tls != null) {
                    return tls;
                }
            }
        }
        return handshakeFailed(failure) ? FailureKind.TLS_HANDSHAKE_FAILED : null;
    }

    /**
     * Whether the TLS handshake failed for a reason other than the certificate or plain text on the port: no
     * protocol version or cipher suite in common (a server that speaks only TLS 1.0 or 1.1), or the server closed
     * the connection during the handshake.
     */
    private static boolean handshakeFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof SSLException)) {
                continue; // only the TLS layer's own words count: a server's reply can say "handshake" too
            }
            String message = lower(t.getMessage());
            if (t instanceof SSLHandshakeException || message.contains("handshake")
                    || message.contains("protocol_version") || message.contains("no appropriate protocol")
                    || message.contains("cipher suites in common")) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable FailureKind tlsKind(Throwable sslFailure) {
        for (Throwable t = sslFailure; t != null; t = t.getCause()) {
            String message = lower(t.getMessage());
            if (t instanceof SocketTimeoutException) {
                return FailureKind.SERVER_SILENT;
            }
            if (message.contains("unsupported or unrecognized ssl message") || message.contains("plaintext")) {
                return FailureKind.TLS_NOT_SPOKEN;
            }
            if (message.contains("no subject alternative") || message.contains("no name matching")
                    || message.contains("doesn't match") || message.contains("does not match")) {
                return FailureKind.TLS_HOSTNAME_MISMATCH;
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || message.contains("pkix") || message.contains("certification path")) {
                return FailureKind.TLS_UNTRUSTED_CERTIFICATE;
            }
            if (t instanceof CertificateException) {
                return FailureKind.TLS_UNTRUSTED_CERTIFICATE;
            }
        }
        return null;
    }

    private static String lower(@Nullable String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
