package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.probe.ConnectionCheck;
import java.util.Arrays;
import org.slf4j.LoggerFactory;

/**
 * For a {@code check} command: the check's first-use work in a fresh process (logging, TLS, mail and MIME classes;
 * no network) on a thread of its own, while the main thread parses the arguments, reads the password and reads
 * the trust stores. Support staff run {@code check} as a new process every time (issue 16, docs/performance.md).
 */
final class CheckWarmUp {

    private CheckWarmUp() {
    }

    /** Starts the warm-up when the command line is a {@code check}; otherwise does nothing. */
    static void startFor(String... args) {
        if (!Arrays.asList(args).contains("check")) {
            return;
        }
        Thread thread = new Thread(() -> {
            // Logging first: the check's own first log line then finds it set up instead of racing its set-up.
            LoggerFactory.getILoggerFactory();
            ConnectionCheck.prepare();
        }, "check-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
