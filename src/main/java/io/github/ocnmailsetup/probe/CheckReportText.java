package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Renders a {@link CheckReport} as plain text, one fact a line, labels in the reader's language. */
final class CheckReportText {

    private final CheckReport report;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    CheckReportText(CheckReport report, Locale locale) {
        this.report = report;
        this.locale = I18n.supported(locale);
    }

    String render() {
        line("report.title");
        field("report.address", report.maskedAddress());
        field("report.started", report.startedAt().toString());
        field("report.result", report.failure() == null ? "OK" : report.failure().name());
        if (report.failedStep() != null) {
            field("report.failedStep", report.failedStep().id());
        }
        for (StepResult step : report.steps()) {
            field("report.step", step.step().id(), step.ok() ? "OK" : "FAILED", step.millis());
        }
        field("report.total", report.totalMillis());
        if (report.mailbox() != null) {
            field("report.mailbox", report.mailbox().messages(), report.mailbox().bytes());
        }
        field("report.passwordTruncated", yesNo(report.passwordTruncated()));
        field("report.testMessage", yesNo(report.testMessageDeleted()), yesNo(report.testMessageKept()));
        server("report.pop", report.pop());
        server("report.smtp", report.smtp());
        if (report.detail() != null) {
            field("report.detail", report.detail());
        }
        return out.toString();
    }

    private void server(String key, CheckReport.ServerInfo info) {
        field(key, info.endpoint().toString());
        optional("report.greeting", info.greeting());
        optional("report.tlsProtocol", info.tlsProtocol());
        optional("report.cipher", info.cipherSuite());
        if (info.certificate() != null) {
            CertificateDetails c = info.certificate();
            field("report.certificate", c.subject(), c.issuer(), c.notBefore().toString(), c.notAfter().toString(),
                    c.sha256Fingerprint());
        }
    }

    private void optional(String key, @Nullable String value) {
        if (value != null) {
            field(key, value);
        }
    }

    private String yesNo(boolean value) {
        return I18n.format(ProbeText.BUNDLE, locale, value ? "report.yes" : "report.no");
    }

    private void field(String key, Object... args) {
        out.append(I18n.format(ProbeText.BUNDLE, locale, key, args)).append('\n');
    }

    private void line(String key) {
        out.append(I18n.format(ProbeText.BUNDLE, locale, key)).append('\n');
    }
}
