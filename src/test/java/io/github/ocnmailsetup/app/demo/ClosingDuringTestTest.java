package io.github.ocnmailsetup.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckStep;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.page.AccountViewModel;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel;
import io.github.ocnmailsetup.ui.page.StepRow;
import io.github.ocnmailsetup.ui.page.TestOnClose;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window is closed while a test runs, against the demo's mail server: before anything is sent the test stops
 * at once; after the send it may finish its clean-up; when the bound runs out the user is told that one test
 * message (named by its subject) may still arrive. Never silently left behind.
 */
class ClosingDuringTestTest {

    private static DemoServer server;
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newCachedThreadPool();

    @BeforeAll
    static void startServer() {
        server = DemoServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void stopThreads() {
        ui.shutdownNow();
        background.shutdownNow();
    }

    @Test
    void that_closing_during_the_login_stops_the_test_before_it_sends_anything() throws Exception {
        assertThat(closeWhen(CheckStep.POP_LOGIN, (delay, task) -> { }))
                .isEqualTo(UiText.of("close.nothingSent"));
    }

    @Test
    void that_closing_after_the_send_lets_the_test_remove_its_message_and_says_so() throws Exception {
        assertThat(closeWhen(CheckStep.SMTP_SEND, (delay, task) -> { })).isEqualTo(UiText.of("close.cleaned"));
    }

    @Test
    void that_a_clean_up_cut_short_by_the_bound_names_the_message_that_may_still_arrive() throws Exception {
        Text said = closeWhen(CheckStep.SMTP_SEND, (delay, task) -> {
            assertThat(delay).isEqualTo(TestOnClose.CLEAN_UP_BOUND);
            task.run(); // the bound has run out at once
        });
        assertThat(said).isEqualTo(UiText.of("close.mayArrive", ConnectionCheck.testMessageSubject()));
        assertThat(said.in(Locale.JAPANESE)).contains("OCNメール SSL接続テスト");
    }

    /** Starts a test and asks to close the window as soon as the step starts; returns what the window says. */
    private Text closeWhen(CheckStep step, BiConsumer<Duration, Runnable> later) throws Exception {
        CompletableFuture<Text> said = new CompletableFuture<>();
        ui.submit(() -> {
            AccountViewModel account = new AccountViewModel(server.settings());
            account.addressProperty().set(DemoServer.ACCOUNT.address());
            account.typePassword(Secret.of(DemoServer.ACCOUNT.password()));
            ConnectionTestViewModel test = new ConnectionTestViewModel(account, server.settings(), server.trust(),
                    ConnectionCheck::new, background, ui, System::currentTimeMillis);
            TestOnClose closing = new TestOnClose(test, later);
            boolean[] asked = {false};
            test.steps().addListener((ListChangeListener<StepRow>) change -> {
                boolean started = test.steps().get(step.ordinal()).status() == StepRow.Status.RUNNING;
                if (started && !asked[0]) {
                    asked[0] = true;
                    assertThat(closing.mayCloseNow()).isFalse();
                    closing.finish(said::complete);
                }
            });
            test.start();
        }).get(10, TimeUnit.SECONDS);
        return said.get(60, TimeUnit.SECONDS);
    }
}
