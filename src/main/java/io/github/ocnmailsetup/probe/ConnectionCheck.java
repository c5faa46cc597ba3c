package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;

/**
 * The "Test my connection" check: proves that sending and receiving over SSL work, as the notice's
 * 「3)メールを送受信します」 asks, without touching the user's mail. It logs in over POP3S and reads STAT,
 * sends a test message to the address itself over SMTPS, polls POP3 (headers of the newest few messages only,
 * UIDL and TOP) until that message has arrived, and deletes only it.
 *
 * <p>One instance runs one check. {@link #run} blocks; {@link #cancel} from another thread makes it return
 * {@link FailureKind#CANCELLED} within a second.
 */
public final class ConnectionCheck {

    private final CheckRequest request;

    public ConnectionCheck(CheckRequest request) {
        this.request = request;
    }

    /** What to tell the user before the check starts: a test message goes to their own address. */
    public static Text notice() {
        return ProbeText.of("notice.beforeStart");
    }

    /** Runs the check and returns its result; never throws for a network or server problem. */
    public CheckResult run(CheckListener listener) {
        throw new UnsupportedOperationException("Not implemented yet for " + request);
    }

    /** Stops a running check: {@link #run} returns {@link FailureKind#CANCELLED} within a second. */
    public void cancel() {
    }
}
