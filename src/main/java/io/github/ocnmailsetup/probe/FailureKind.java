package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Text;
import java.time.LocalDate;

/**
 * Why a connection check failed. The names are stable identifiers (docs/architecture.md, "Command-line contract"): they appear in the command
 * line's JSON and support scripts rely on them. Each kind has a plain explanation and a concrete remedy in
 * Japanese and English.
 */
public enum FailureKind {
    /** The server name could not be found (DNS). */
    DNS_FAILURE,
    /** Nothing listens at that server and port. */
    CONNECTION_REFUSED,
    /** The connection could not be opened in time. */
    CONNECTION_TIMEOUT,
    /** The connection opened, but the server did not answer in time. */
    SERVER_SILENT,
    /** The server's certificate is not trusted by this computer. */
    TLS_UNTRUSTED_CERTIFICATE,
    /** The certificate is for another server name. */
    TLS_HOSTNAME_MISMATCH,
    /** The server does not speak SSL on that port. */
    TLS_NOT_SPOKEN,
    /**
     * The SSL handshake failed for another reason: the server speaks only old protocols (TLS 1.0 or 1.1), offers no
     * cipher in common, or closes the connection during the handshake. Old protocols are never turned back on.
     */
    TLS_HANDSHAKE_FAILED,
    /** The incoming (POP) server refused the username or password. */
    POP_AUTH_REJECTED,
    /** POP3 {@code -ERR [IN-USE]}: another program (usually the user's mail software) holds the mailbox. */
    MAILBOX_IN_USE,
    /** The outgoing (SMTP) server refused the username or password. */
    SMTP_AUTH_REJECTED,
    /** The outgoing server refused to send the test message. */
    SEND_REJECTED,
    /** The test message was sent but did not arrive in time. */
    DELIVERY_TIMEOUT,
    /** The server answered with an error the check does not know more about. */
    SERVER_ERROR,
    /** The check was cancelled. */
    CANCELLED;

    /** What happened, in plain words. */
    public Text explanation() {
        return ProbeText.of("failure." + name() + ".explanation");
    }

    /**
     * What to do about it. For a rejected password it names the notice's likely causes in order: the username
     * is the full address, only the first 8 characters of a longer password (「*1 9文字以上の...8文字目までを
     * 入力」), and the version-up for addresses from before 2009-11-24 (「ご利用条件」).
     */
    public Text remedy() {
        String key = "failure." + name() + ".remedy";
        if (this == POP_AUTH_REJECTED || this == SMTP_AUTH_REJECTED) {
            OcnSettings ocn = OcnSettings.bundled();
            LocalDate lastOld = ocn.eligibilityBoundary().minusDays(1);
            return ProbeText.of(key, ocn.passwordMaxLength() + 1, ocn.passwordMaxLength(),
                    lastOld.getYear(), lastOld.getMonthValue(), lastOld.getDayOfMonth());
        }
        if (this == TLS_NOT_SPOKEN) {
            OcnSettings ocn = OcnSettings.bundled();
            return ProbeText.of(key, String.valueOf(ocn.pop().port()), String.valueOf(ocn.smtp().port()));
        }
        return ProbeText.of(key);
    }

    /** Whether the kind is a TLS problem, where the certificate's details help. */
    public boolean isTls() {
        return this == TLS_UNTRUSTED_CERTIFICATE || this == TLS_HOSTNAME_MISMATCH;
    }

    /** The stable identifier, as in the JSON. */
    public String id() {
        return name();
    }
}
