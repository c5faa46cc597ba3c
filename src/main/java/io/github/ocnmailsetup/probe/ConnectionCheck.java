package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Test my connection" check: proves that sending and receiving over SSL work, as the notice's
 * 「3)メールを送受信します」 asks, without touching the user's mail. It logs in over POP3S and reads STAT,
 * sends a test message to the address itself over SMTPS, polls POP3 (headers of the newest few messages only,
 * UIDL and TOP) until that message has arrived, and deletes only it.
 *
 * <p>One instance runs one check. {@link #run} blocks; {@link #cancel} from another thread makes it return
 * {@link FailureKind#CANCELLED} within a second (a thread blocked in a DNS lookup may finish later in the
 * background; its result is dropped). The whole check is bounded by the request's timeout.
 */
public final class ConnectionCheck {

    /** How long after the deadline {@link #run} still waits for the steps to report on their own. */
    private static final long GRACE_MILLIS = 1500;
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ConnectionCheck.class);
    }

    private final CheckRequest request;
    private final TlsSocketFactory popSockets;
    private final TlsSocketFactory smtpSockets;
    private final CompletableFuture<CheckResult> outcome = new CompletableFuture<>();
    private final CountDownLatch cancelSignal = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile @Nullable CheckProgress progress;

    public ConnectionCheck(CheckRequest request) {
        this.request = request;
        this.popSockets = new TlsSocketFactory(request.trust());
        this.smtpSockets = new TlsSocketFactory(request.trust());
    }

    /** What to tell the user before the check starts: a test message goes to their own address. */
    public static Text notice() {
        return ProbeText.of("notice.beforeStart");
    }

    /** The test message's subject (bilingual), so a user can find and delete one that arrives late. */
    public static String testMessageSubject() {
        return I18n.format(ProbeText.BUNDLE, java.util.Locale.ENGLISH, "testMessage.subject");
    }

    /**
     * Does a fresh JVM's first-use work for a check ahead of time: reads the default trust stores, loads the TLS,
     * mail and MIME classes. No network traffic. Call it on a background thread while the user reads the first
     * pages, so that "Test my connection" starts fast; it never throws.
     */
    public static void prepare() {
        FirstUse.prepare();
    }

    /**
     * Runs the check and returns its result; never throws for a network or server problem. Listener calls come
     * from the check's threads and stop once the result is known.
     *
     * @throws IllegalStateException when this instance has already run
     */
    public CheckResult run(CheckListener listener) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A ConnectionCheck runs once; make a new one to test again");
        }
        long start = System.nanoTime();
        long deadline = start + request.timeout().toNanos();
        CheckProgress current = new CheckProgress(request, new UntilDone(listener), start);
        progress = current;
        log().info("Connection check for {} started: pop {}, smtp {}, timeout {} s", request.address().masked(),
                request.pop(), request.smtp(), request.timeout().toSeconds());
        if (cancelSignal.getCount() == 0) {
            outcome.complete(cancelledResult(current));
            return outcome.join(); // cancelled before it started: no connection at all
        }
        CheckRun steps = new CheckRun(request, current, popSockets, smtpSockets, deadline, cancelSignal);
        daemon("ocn-check", () -> {
            try {
                outcome.complete(steps.execute());
            } catch (RuntimeException | Error e) {
                log().error("Connection check failed unexpectedly", scrubbed(e));
                outcome.complete(current.failed(FailureKind.SERVER_ERROR, stepOr(current, CheckStep.POP_LOGIN),
                        e.getClass().getSimpleName(), null));
            }
        }).start();
        return await(current, deadline);
    }

    /** Stops a running check: {@link #run} returns {@link FailureKind#CANCELLED} within a second. */
    public void cancel() {
        cancelSignal.countDown();
        popSockets.closeAll();
        smtpSockets.closeAll();
        CheckProgress current = progress;
        if (current != null && outcome.complete(cancelledResult(current))) {
            log().info("Connection check for {} cancelled", request.address().masked());
        }
    }

    private CheckResult await(CheckProgress current, long deadlineNanos) {
        long waitNanos = deadlineNanos - System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        try {
            return outcome.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            CheckStep step = stepOr(current, CheckStep.POP_LOGIN);
            FailureKind kind = overdue(step); // before closing: a closed socket is no longer mid-reply
            // The result is settled before the sockets close: closing them wakes the check's thread with "Socket
            // closed", which it would otherwise report first, as a server error, under load.
            outcome.complete(current.failed(kind, step, "The whole check took longer than " + request.timeout(), null));
            popSockets.closeAll();
            smtpSockets.closeAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        } catch (ExecutionException e) {
            outcome.complete(current.failed(FailureKind.SERVER_ERROR, stepOr(current, CheckStep.POP_LOGIN),
                    e.getCause().getClass().getSimpleName(), null));
        }
        return outcome.join();
    }

    /**
     * The kind for a check still running at its deadline: silent server, or no connection at all yet. While polling
     * it is a delivery timeout, unless the server was in the middle of a reply it never finished (an endless reply
     * sent too slowly to reach a read bound): that is the server's problem, not a message that did not arrive.
     */
    private FailureKind overdue(CheckStep step) {
        if (step == CheckStep.DELIVERY) {
            return popSockets.lastMidReply() ? FailureKind.SERVER_SILENT : FailureKind.DELIVERY_TIMEOUT;
        }
        if (step == CheckStep.CLEANUP) {
            // The message arrived; the server stopped answering while we removed it.
            return FailureKind.SERVER_SILENT;
        }
        TlsSocketFactory sockets = step == CheckStep.SMTP_SEND ? smtpSockets : popSockets;
        return sockets.lastSocket() == null ? FailureKind.CONNECTION_TIMEOUT : FailureKind.SERVER_SILENT;
    }

    /** The failure for the log: its stack, but its messages (which may quote a server) scrubbed. */
    private Throwable scrubbed(Throwable e) {
        Throwable safe = new IllegalStateException(FailureDetail.of(e, request));
        safe.setStackTrace(e.getStackTrace());
        return safe;
    }

    private static CheckResult cancelledResult(CheckProgress current) {
        return current.failed(FailureKind.CANCELLED, stepOr(current, CheckStep.POP_LOGIN), null, null);
    }

    private static CheckStep stepOr(CheckProgress current, CheckStep fallback) {
        CheckStep step = current.current();
        return step == null ? fallback : step;
    }

    static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Passes events on until the result is known, so a cancelled check's threads go quiet. */
    private final class UntilDone implements CheckListener {

        private final CheckListener listener;

        UntilDone(CheckListener listener) {
            this.listener = listener;
        }

        @Override
        public void stepStarted(CheckStep step) {
            if (!outcome.isDone()) {
                listener.stepStarted(step);
            }
        }

        @Override
        public void stepFinished(StepResult result) {
            if (!outcome.isDone()) {
                listener.stepFinished(result);
            }
        }
    }
}
