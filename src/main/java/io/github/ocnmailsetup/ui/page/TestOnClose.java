package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.CheckStep;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.ui.UiText;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import org.jspecify.annotations.Nullable;

/**
 * The window is closed while a test runs: the test may have sent its message and not yet removed it. Before a
 * message can have been sent, the test stops at once. Afterwards it may finish its own clean-up (it removes the
 * message once it has arrived) for at most {@link #CLEAN_UP_BOUND}, then it is stopped. Either way the user is told
 * what happened: nothing was sent, the message was removed, or one message (its subject named) may still arrive.
 */
public final class TestOnClose {

    /** How long the closing window waits for the test's clean-up. */
    public static final Duration CLEAN_UP_BOUND = Duration.ofSeconds(20);

    private final ConnectionTestViewModel test;
    private final BiConsumer<Duration, Runnable> later;

    /** @param later runs a task after a delay on the UI thread (a pause transition in the window) */
    public TestOnClose(ConnectionTestViewModel test, BiConsumer<Duration, Runnable> later) {
        this.test = test;
        this.later = later;
    }

    /** Whether the window may close at once: no test is running. */
    public boolean mayCloseNow() {
        return !test.running().get();
    }

    /** What the window says while it waits: the test is finishing its clean-up, for at most so many seconds. */
    public Text waiting() {
        return UiText.of("close.waiting", CLEAN_UP_BOUND.toSeconds());
    }

    /**
     * Ends the running test within the bound and hands {@code done} what to tell the user. Call on the UI thread.
     */
    public void finish(Consumer<Text> done) {
        boolean sendStarted = mayHaveSent();
        if (mayCloseNow()) {
            done.accept(outcome(test.resultProperty().get(), false));
            return;
        }
        boolean[] told = {false};
        ChangeListener<ConnectionTestViewModel.State> ended = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ConnectionTestViewModel.State> o,
                    ConnectionTestViewModel.State was, ConnectionTestViewModel.State now) {
                if (now != ConnectionTestViewModel.State.RUNNING && !told[0]) {
                    told[0] = true;
                    o.removeListener(this);
                    done.accept(outcome(test.resultProperty().get(), sendStarted));
                }
            }
        };
        test.stateProperty().addListener(ended);
        if (!sendStarted) {
            test.cancel(); // nothing can be left behind yet
        } else {
            later.accept(CLEAN_UP_BOUND, test::cancel);
        }
    }

    /** Whether the test has started sending its message (the send step is running or done). */
    private boolean mayHaveSent() {
        return test.steps().stream().anyMatch(row -> row.step() != CheckStep.POP_LOGIN
                && row.status() != StepRow.Status.WAITING && row.status() != StepRow.Status.NOT_RUN);
    }

    private static Text outcome(@Nullable CheckResult result, boolean sendStarted) {
        if (result == null) {
            return UiText.of("close.nothingSent");
        }
        if (result.testMessageDeleted()) {
            return UiText.of("close.cleaned");
        }
        boolean sent = sendStarted || result.steps().stream().anyMatch(s -> s.step() == CheckStep.SMTP_SEND && s.ok());
        return sent ? UiText.of("close.mayArrive", ConnectionCheck.testMessageSubject())
                : UiText.of("close.nothingSent");
    }
}
