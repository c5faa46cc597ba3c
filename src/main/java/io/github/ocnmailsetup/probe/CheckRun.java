package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import jakarta.mail.MessagingException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of one check in order, on the check's own threads. The SMTP connection is opened while POP logs in
 * (both handshakes at once), but nothing is sent before STAT has been read, so STAT counts the mailbox as it was.
 * Polling for the test message reconnects at growing intervals (a POP3 session never sees mail that arrives
 * while it is open), at most {@link #MAX_POLL_LOGINS} times, and stops at the first rejected login.
 */
final class CheckRun {

    /** At most this many POP logins while waiting for the test message. */
    static final int MAX_POLL_LOGINS = 10;
    /** Waits before each poll after the first, in milliseconds: short at first, when most mail arrives. */
    private static final long[] POLL_WAITS = {0, 250, 500, 1000, 2000, 3000, 5000, 8000, 10000, 15000};

    /** Time kept back for one last poll before the deadline. */
    private static final long LAST_POLL_MILLIS = 500;

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(CheckRun.class);
    }

    private final CheckRequest request;
    private final CheckProgress progress;
    private final TlsSocketFactory popSockets;
    private final TlsSocketFactory smtpSockets;
    private final long deadlineNanos;
    private final CountDownLatch cancelled;

    CheckRun(CheckRequest request, CheckProgress progress, TlsSocketFactory popSockets,
            TlsSocketFactory smtpSockets, long deadlineNanos, CountDownLatch cancelled) {
        this.request = request;
        this.progress = progress;
        this.popSockets = popSockets;
        this.smtpSockets = smtpSockets;
        this.deadlineNanos = deadlineNanos;
        this.cancelled = cancelled;
    }

    /** Runs every step and returns the result; a network or server problem becomes a {@code Failed}. */
    CheckResult execute() {
        TestMessage message = TestMessage.forAddress(request.address());
        long smtpStart = System.nanoTime();
        CompletableFuture<SmtpSender> smtp = CompletableFuture.supplyAsync(this::connectSmtp,
                task -> ConnectionCheck.daemon("ocn-check-smtp", task).start());
        progress.start(CheckStep.POP_LOGIN);
        try (PopMailbox mailbox = PopMailbox.open(request, popSockets, remainingMillis())) {
            progress.stats(mailbox.stats());
            progress.popServer(popSockets.lastSocket());
        } catch (MessagingException | RuntimeException e) {
            smtp.thenAccept(SmtpSender::close);
            progress.popServer(popSockets.lastSocket());
            return failure(CheckStep.POP_LOGIN, e, request.pop());
        }
        progress.finish(true);
        progress.start(CheckStep.SMTP_SEND, smtpStart);
        try (SmtpSender sender = join(smtp)) {
            sender.send(message);
        } catch (MessagingException | RuntimeException e) {
            progress.smtpServer(smtpSockets.lastSocket());
            return failure(CheckStep.SMTP_SEND, e, request.smtp());
        }
        progress.smtpServer(smtpSockets.lastSocket());
        progress.finish(true);
        return deliverAndClean(message);
    }

    private CheckResult deliverAndClean(TestMessage message) {
        progress.start(CheckStep.DELIVERY);
        Set<String> alreadyRead = new HashSet<>();
        @Nullable Exception lastInUse = null;
        for (int login = 0; login < MAX_POLL_LOGINS; login++) {
            if (!pause(POLL_WAITS[login])) {
                return lastInUse != null
                        ? failure(CheckStep.DELIVERY, lastInUse, request.pop())
                        : progress.failed(FailureKind.DELIVERY_TIMEOUT, CheckStep.DELIVERY, null, null);
            }
            try (PopMailbox mailbox = PopMailbox.open(request, popSockets, remainingMillis())) {
                lastInUse = null;
                if (mailbox.find(message, alreadyRead)) {
                    log().info("Test message for {} arrived after {} POP logins", request.address().masked(), login + 1);
                    progress.finish(true);
                    return cleanUp(mailbox);
                }
            } catch (MessagingException | RuntimeException e) {
                FailureKind kind = FailureClassifier.classify(CheckStep.DELIVERY, e);
                if (kind != FailureKind.MAILBOX_IN_USE) {
                    return failure(CheckStep.DELIVERY, e, request.pop());
                }
                lastInUse = e; // the user's mail software polls too: wait and try again
            }
        }
        return lastInUse != null
                ? failure(CheckStep.DELIVERY, lastInUse, request.pop())
                : progress.failed(FailureKind.DELIVERY_TIMEOUT, CheckStep.DELIVERY, null, null);
    }

    private CheckResult cleanUp(PopMailbox mailbox) {
        if (request.keepTestMessage()) {
            return progress.passed();
        }
        progress.start(CheckStep.CLEANUP);
        try {
            mailbox.deleteMatched();
            progress.deleted();
        } catch (MessagingException | RuntimeException e) {
            return failure(CheckStep.CLEANUP, e, request.pop());
        }
        progress.finish(true);
        return progress.passed();
    }

    private SmtpSender connectSmtp() {
        try {
            return SmtpSender.connect(request, smtpSockets, remainingMillis());
        } catch (MessagingException e) {
            throw new CompletionException(e);
        }
    }

    private static SmtpSender join(CompletableFuture<SmtpSender> smtp) throws MessagingException {
        try {
            return smtp.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof MessagingException m) {
                throw m;
            }
            throw e;
        }
    }

    private CheckResult failure(CheckStep step, Exception e, ServerEndpoint server) {
        ReplyLimitException breach = breach(step, e);
        FailureKind kind = cancelled.getCount() == 0 ? FailureKind.CANCELLED
                : breach != null ? FailureKind.SERVER_ERROR : FailureClassifier.classify(step, e);
        if (kind == FailureKind.SERVER_SILENT && remainingMillis() <= 1 && step == CheckStep.DELIVERY
                && !popSockets.lastMidReply()) {
            kind = FailureKind.DELIVERY_TIMEOUT;
        }
        CertificateDetails certificate = kind.isTls()
                ? CertificateInspector.inspect(server, (int) Math.min(5000, Math.max(500, remainingMillis())))
                : null;
        if (certificate != null) {
            progress.refusedCertificate(server, certificate);
        }
        String detail = FailureDetail.of(e, request);
        log().info("Connection check for {} failed at {}: {} ({})", request.address().masked(), step.id(), kind, detail);
        return progress.failed(kind, step, detail, certificate, breach == null ? null : breach.limit());
    }

    /** The read bound the server broke, from the exception or, should Angus Mail have dropped it, the socket. */
    private @Nullable ReplyLimitException breach(CheckStep step, Exception e) {
        ReplyLimitException breach = FailureClassifier.replyLimit(e);
        GreetingSocket socket = (step == CheckStep.SMTP_SEND ? smtpSockets : popSockets).lastSocket();
        return breach != null || socket == null ? breach : socket.replyLimitBreach();
    }

    /** Waits before a poll; false when the check is cancelled or the wait would pass the deadline. */
    private boolean pause(long millis) {
        // Near the deadline, poll once more early rather than give up while there is still time.
        long wait = Math.min(millis, remainingMillis() - LAST_POLL_MILLIS);
        if (wait < 0) {
            return false;
        }
        try {
            return !cancelled.await(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long remainingMillis() {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }
}
