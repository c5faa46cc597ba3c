package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a connection check: {@link Passed} when sending and receiving over SSL both work (the
 * notice's 「3)メールを送受信します」), or {@link Failed} with one {@link FailureKind} and the step it failed at.
 */
public sealed interface CheckResult permits CheckResult.Passed, CheckResult.Failed {

    /** The steps that ran, in the order of {@link CheckStep}. */
    List<StepResult> steps();

    /** Milliseconds from the start of the check to its result, first-use costs included. */
    long totalMillis();

    /** STAT at {@code pop-login}, before the test message arrived; empty when that step failed. */
    Optional<MailboxStats> stats();

    /** Whether the test message was found and deleted from the server. */
    boolean testMessageDeleted();

    /** The redacted report for support. */
    CheckReport report();

    /** What to tell the user, in order: for a failure its explanation, the certificate if any, the remedy. */
    List<Text> advice();

    /** Whether everything passed. */
    default boolean ok() {
        return this instanceof Passed;
    }

    /** Every step passed. */
    record Passed(List<StepResult> steps, long totalMillis, MailboxStats mailbox, boolean testMessageDeleted,
            CheckReport report) implements CheckResult {

        public Passed {
            steps = List.copyOf(steps);
        }

        @Override
        public Optional<MailboxStats> stats() {
            return Optional.of(mailbox);
        }

        @Override
        public List<Text> advice() {
            return List.of(testMessageDeleted || !report.testMessageKept()
                    ? ProbeText.of("result.passed")
                    : ProbeText.of("result.passed.kept"));
        }
    }

    /**
     * A step failed.
     *
     * @param kind        why
     * @param step        the step that failed
     * @param certificate the server's certificate when TLS failed because of it, else null
     * @param advice      what to tell the user, in order: explanation, certificate if any, remedy
     */
    record Failed(FailureKind kind, CheckStep step, List<StepResult> steps, long totalMillis,
            @Nullable MailboxStats mailbox, boolean testMessageDeleted, @Nullable CertificateDetails certificate,
            List<Text> advice, CheckReport report) implements CheckResult {

        public Failed {
            steps = List.copyOf(steps);
            advice = List.copyOf(advice);
        }

        @Override
        public Optional<MailboxStats> stats() {
            return Optional.ofNullable(mailbox);
        }

        /** The certificate the server presented, where TLS failed over it. */
        public Optional<CertificateDetails> certificateDetails() {
            return Optional.ofNullable(certificate);
        }
    }
}
