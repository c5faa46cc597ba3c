package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.jspecify.annotations.Nullable;

/**
 * What one check has done so far, shared by its threads: the steps and their times, STAT, what was learned
 * about each server, the test message's fate. A result can be made from it at any moment, which is how a
 * cancelled or timed-out check still reports the steps that ran.
 */
final class CheckProgress {

    private final CheckRequest request;
    private final CheckListener listener;
    private final long startNanos;
    private final Instant startedAt = Instant.now();
    private final List<StepResult> steps = new ArrayList<>();
    private volatile @Nullable CheckStep current;
    private volatile long currentStartNanos;
    private volatile @Nullable MailboxStats stats;
    private volatile boolean deleted;
    private volatile CheckReport.ServerInfo pop;
    private volatile CheckReport.ServerInfo smtp;

    CheckProgress(CheckRequest request, CheckListener listener, long startNanos) {
        this.request = request;
        this.listener = listener;
        this.startNanos = startNanos;
        this.pop = CheckReport.ServerInfo.unknown(request.pop());
        this.smtp = CheckReport.ServerInfo.unknown(request.smtp());
    }

    void start(CheckStep step) {
        start(step, System.nanoTime());
    }

    /** A step starts; {@code sinceNanos} is when its work began (SMTP connects while POP logs in). */
    void start(CheckStep step, long sinceNanos) {
        current = step;
        currentStartNanos = sinceNanos;
        listener.stepStarted(step);
    }

    void finish(boolean ok) {
        CheckStep step = current;
        if (step == null) {
            return;
        }
        StepResult result = new StepResult(step, ok, millisSince(currentStartNanos));
        synchronized (steps) {
            steps.add(result);
        }
        current = null;
        listener.stepFinished(result);
    }

    @Nullable CheckStep current() {
        return current;
    }

    void stats(MailboxStats value) {
        stats = value;
    }

    void deleted() {
        deleted = true;
    }

    void popServer(@Nullable GreetingSocket socket) {
        pop = info(request.pop(), socket);
    }

    void smtpServer(@Nullable GreetingSocket socket) {
        smtp = info(request.smtp(), socket);
    }

    /** The certificate a server presented when TLS failed over it, for the report. */
    void refusedCertificate(ServerEndpoint endpoint, CertificateDetails certificate) {
        if (endpoint.equals(request.pop())) {
            pop = new CheckReport.ServerInfo(endpoint, pop.greeting(), null, null, certificate);
        } else {
            smtp = new CheckReport.ServerInfo(endpoint, smtp.greeting(), null, null, certificate);
        }
    }

    long totalMillis() {
        return millisSince(startNanos);
    }

    CheckResult passed() {
        long total = totalMillis();
        MailboxStats mailbox = stats == null ? new MailboxStats(0, 0) : stats;
        return new CheckResult.Passed(steps(), total, mailbox, deleted, report(total, null, null, null));
    }

    CheckResult failed(FailureKind kind, CheckStep step, @Nullable String detail,
            @Nullable CertificateDetails certificate) {
        return failed(kind, step, detail, certificate, null);
    }

    /** The result for a failure; {@code limit}: the read bound the server broke, if that was the cause. */
    CheckResult failed(FailureKind kind, CheckStep step, @Nullable String detail,
            @Nullable CertificateDetails certificate, ReplyLimitException.@Nullable Limit limit) {
        if (current == step) {
            finish(false);
        }
        long total = totalMillis();
        return new CheckResult.Failed(kind, step, steps(), total, stats, deleted, certificate,
                FailureAdvice.of(kind, certificate, limit), report(total, kind, step, detail));
    }

    private List<StepResult> steps() {
        synchronized (steps) {
            List<StepResult> copy = new ArrayList<>(steps);
            copy.sort((a, b) -> a.step().compareTo(b.step()));
            return copy;
        }
    }

    private CheckReport report(long total, @Nullable FailureKind kind, @Nullable CheckStep step,
            @Nullable String detail) {
        return new CheckReport(request.address().masked(), startedAt, steps(), total, pop, smtp, kind, step,
                detail, stats, request.password().truncated(), request.keepTestMessage(), deleted);
    }

    private static CheckReport.ServerInfo info(ServerEndpoint endpoint, @Nullable GreetingSocket socket) {
        if (socket == null) {
            return CheckReport.ServerInfo.unknown(endpoint);
        }
        SSLSession session = socket.tlsSession();
        if ("NONE".equals(session.getProtocol())) {
            // The handshake did not complete: there is no protocol, cipher or verified certificate to report.
            return new CheckReport.ServerInfo(endpoint, socket.greeting(), null, null, null);
        }
        return new CheckReport.ServerInfo(endpoint, socket.greeting(), session.getProtocol(),
                session.getCipherSuite(), peer(session));
    }

    private static @Nullable CertificateDetails peer(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509
                    ? CertificateInspector.details(x509) : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
