package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What support needs to know about one check, redacted: the address masked, never the password. Steps and
 * times, each server's greeting, TLS protocol, cipher suite and certificate, and the failure kind with a short
 * technical detail. {@link #render(Locale)} gives it as plain text to paste into a support request.
 *
 * @param maskedAddress     the address as {@code OcnAddress.masked()} gives it
 * @param startedAt         when the check started
 * @param steps             the steps that ran
 * @param totalMillis       the whole check, in milliseconds
 * @param pop               what was learned about the incoming server
 * @param smtp              what was learned about the outgoing server
 * @param failure           the failure kind, or null when the check passed
 * @param failedStep        the step that failed, or null
 * @param detail            a technical detail of the failure (exception types and server replies, redacted), or null
 * @param mailbox           STAT at the first login, or null when it failed
 * @param passwordTruncated whether the notice's 8-character rule applied to the password
 * @param testMessageKept   whether the test message was left on the server on purpose
 * @param testMessageDeleted whether the test message was deleted
 */
public record CheckReport(
        String maskedAddress,
        Instant startedAt,
        List<StepResult> steps,
        long totalMillis,
        ServerInfo pop,
        ServerInfo smtp,
        @Nullable FailureKind failure,
        @Nullable CheckStep failedStep,
        @Nullable String detail,
        @Nullable MailboxStats mailbox,
        boolean passwordTruncated,
        boolean testMessageKept,
        boolean testMessageDeleted) {

    public CheckReport {
        steps = List.copyOf(steps);
    }

    /**
     * What the check learned about one server; fields are null where the check did not get that far.
     *
     * @param endpoint    host and port
     * @param greeting    the server's first line (POP3 {@code +OK ...}, SMTP {@code 220 ...})
     * @param tlsProtocol the negotiated protocol, such as TLSv1.3
     * @param cipherSuite the negotiated cipher suite
     * @param certificate the server's own certificate
     */
    public record ServerInfo(ServerEndpoint endpoint, @Nullable String greeting, @Nullable String tlsProtocol,
            @Nullable String cipherSuite, @Nullable CertificateDetails certificate) {

        /** Nothing known but where the server is. */
        public static ServerInfo unknown(ServerEndpoint endpoint) {
            return new ServerInfo(endpoint, null, null, null, null);
        }
    }

    /** The report as plain text in the given language (labels translated, technical values as they are). */
    public String render(Locale locale) {
        return new CheckReportText(this, locale).render();
    }

    /** The report in English, which support reads. */
    @Override
    public String toString() {
        return render(I18n.supported(Locale.ENGLISH));
    }
}
