package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckListener;
import io.github.ocnmailsetup.probe.CheckRequest;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.CheckStep;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.probe.StepResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page 4, "Test my connection": runs {@link ConnectionCheck} off the UI thread, shows each step live with the
 * elapsed time, can be cancelled, and ends in success (with the messages and MB on the server, which pages 5
 * and 6 use) or a failure's explanation and remedy with a redacted report for support. The notice's
 * 「3)メールを送受信します」 is what the check proves.
 */
public final class ConnectionTestViewModel {

    /** Where the test is. */
    public enum State { READY, RUNNING, PASSED, FAILED }

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(ConnectionTestViewModel.class);
    }

    private final AccountViewModel account;
    private final OcnSettings settings;
    private final SSLContext trust;
    private final Function<CheckRequest, ConnectionCheck> checks;
    private final Executor background;
    private final Executor uiThread;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper elapsedMillis = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<@Nullable CheckResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable MailboxStats> mailbox = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    private final BooleanBinding passed = Bindings.createBooleanBinding(() -> state.get() == State.PASSED, state);
    private final BooleanBinding passwordMissing;
    private final TestWayOn wayOn;
    private @Nullable ConnectionCheck check;
    private long startedAt;

    /**
     * @param checks     makes the check for a request (the composition root passes {@code ConnectionCheck::new})
     * @param background where the check runs, never the UI thread
     * @param uiThread   where results are shown
     * @param clock      milliseconds, for the elapsed time
     */
    public ConnectionTestViewModel(AccountViewModel account, OcnSettings settings, SSLContext trust,
            Function<CheckRequest, ConnectionCheck> checks, Executor background, Executor uiThread,
            LongSupplier clock) {
        this.account = account;
        this.settings = settings;
        this.trust = trust;
        this.checks = checks;
        this.background = background;
        this.uiThread = uiThread;
        this.clock = clock;
        this.passwordMissing = Bindings.isNull(account.passwordProperty());
        this.wayOn = new TestWayOn(this, account.correction());
        resetSteps();
    }

    /** What to say before the test: a test message goes to the user's own address. */
    public Text notice() {
        return ConnectionCheck.notice();
    }

    /** Starts the check; does nothing while one runs or without a valid account. */
    public void start() {
        Optional<OcnAddress> address = account.address();
        Optional<PasswordForMailSoftware> password = account.passwordForMailSoftware();
        if (running.get() || address.isEmpty() || password.isEmpty()) {
            return;
        }
        CheckRequest request = new CheckRequest(address.get(), password.get(), settings.pop(), settings.smtp(),
                CheckRequest.DEFAULT_TIMEOUT, false, trust);
        ConnectionCheck started = checks.apply(request);
        check = started;
        account.correction().clear();
        result.set(null);
        resetSteps();
        startedAt = clock.getAsLong();
        elapsedMillis.set(0);
        state.set(State.RUNNING);
        log().info("Connection test started for {}", address.get().masked());
        background.execute(() -> {
            CheckResult outcome = started.run(new UiListener());
            uiThread.execute(() -> finish(started, outcome));
        });
    }

    /** The ways on from this page: a failure's buttons and "Continue without a passed test". */
    public TestWayOn wayOn() {
        return wayOn;
    }

    /** The address under test, once valid. */
    public Optional<OcnAddress> address() {
        return account.address();
    }

    /**
     * True when the password has been dropped (the user started over) or never typed: the page asks for it before
     * the test can start.
     */
    public BooleanBinding passwordMissing() {
        return passwordMissing;
    }

    /** The password typed on this page, where it had been dropped. */
    public void typePassword(Secret typed) {
        account.typePassword(typed);
    }

    /** Forgets the last result (the address or password changed): the new account must be tested again. */
    public void reset() {
        if (state.get() == State.RUNNING || state.get() == State.READY) {
            return;
        }
        result.set(null);
        resetSteps();
        elapsedMillis.set(0);
        state.set(State.READY);
    }

    /** Stops a running check; the result is a cancelled failure with "test again". */
    public void cancel() {
        ConnectionCheck running = check;
        if (running != null && state.get() == State.RUNNING) {
            log().info("Connection test cancelled by the user");
            running.cancel();
        }
    }

    /**
     * Does the check's first-use work of this JVM (TLS, mail and MIME classes, then a ClientHello with this run's
     * trust, which waits for its trust stores) in the background while the user reads the first pages, so the test
     * itself starts fast (docs/architecture.md, "First TLS in a fresh JVM"). Nothing is sent anywhere.
     */
    public void warmUpInBackground() {
        background.execute(() -> {
            ConnectionCheck.prepare();
            try {
                javax.net.ssl.SSLEngine engine = trust.createSSLEngine(settings.pop().host(), settings.pop().port());
                engine.setUseClientMode(true);
                java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                engine.wrap(java.nio.ByteBuffer.allocate(0), out);
            } catch (javax.net.ssl.SSLException | RuntimeException e) {
                log().debug("TLS warm-up skipped: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Called by the view's timer on the UI thread to move the elapsed time on. */
    public void tick() {
        if (state.get() == State.RUNNING) {
            elapsedMillis.set(clock.getAsLong() - startedAt);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ReadOnlyLongProperty elapsedMillisProperty() {
        return elapsedMillis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable CheckResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Messages and bytes on the server from the last check that logged in; null before. */
    public ReadOnlyObjectProperty<@Nullable MailboxStats> mailboxProperty() {
        return mailbox.getReadOnlyProperty();
    }

    public BooleanBinding running() {
        return running;
    }

    public BooleanBinding passed() {
        return passed;
    }

    /** The result in words: for a failure its explanation and remedy. */
    public List<Text> advice() {
        CheckResult r = result.get();
        return r == null ? List.of() : r.advice();
    }

    /** The redacted report for support, in the given language; empty before a result. */
    public String report(Locale locale) {
        CheckResult r = result.get();
        return r == null ? "" : r.report().render(locale);
    }

    private void finish(ConnectionCheck finished, CheckResult outcome) {
        if (finished != check) {
            return;
        }
        check = null;
        elapsedMillis.set(outcome.totalMillis());
        outcome.stats().ifPresent(mailbox::set);
        markNotRun();
        result.set(outcome);
        state.set(outcome.ok() ? State.PASSED : State.FAILED);
        log().info("Connection test {} in {} ms", outcome.ok() ? "passed" : "failed: "
                + ((CheckResult.Failed) outcome).kind(), outcome.totalMillis());
    }

    private void resetSteps() {
        steps.setAll(java.util.Arrays.stream(CheckStep.values()).map(StepRow::waiting).toList());
    }

    private void update(CheckStep step, StepRow.Status status, long millis) {
        steps.set(step.ordinal(), new StepRow(step, status, millis));
    }

    private void markNotRun() {
        for (StepRow row : List.copyOf(steps)) {
            if (row.status() == StepRow.Status.WAITING || row.status() == StepRow.Status.RUNNING) {
                update(row.step(), StepRow.Status.NOT_RUN, 0);
            }
        }
    }

    /** Moves the check's callbacks onto the UI thread. */
    private final class UiListener implements CheckListener {
        @Override
        public void stepStarted(CheckStep step) {
            uiThread.execute(() -> update(step, StepRow.Status.RUNNING, 0));
        }

        @Override
        public void stepFinished(StepResult r) {
            uiThread.execute(() -> update(r.step(), r.ok() ? StepRow.Status.PASSED : StepRow.Status.FAILED,
                    r.millis()));
        }
    }
}
