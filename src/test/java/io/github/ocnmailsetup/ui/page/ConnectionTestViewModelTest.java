package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.probe.CheckRequest;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.probe.FailureKind;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel.State;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Page 4 without a window: the check runs on the background executor, its results reach the page through the UI
 * executor, and a missing password stops it before it starts. The servers are a closed port on this machine.
 */
class ConnectionTestViewModelTest {

    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor uiThread = new QueuedExecutor();
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<CheckRequest> requests = new ArrayList<>();
    private AccountViewModel account;
    private ConnectionTestViewModel test;

    @BeforeEach
    void a_page_with_a_closed_port_for_servers() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ServerEndpoint nowhere = new ServerEndpoint("127.0.0.1", closed);
        OcnSettings settings = OcnSettings.bundled().withServers(nowhere, nowhere);
        account = new AccountViewModel(settings);
        test = new ConnectionTestViewModel(account, settings, SSLContext.getDefault(), request -> {
            requests.add(request);
            return new ConnectionCheck(request);
        }, background, uiThread, now::get);
        account.addressProperty().set("taro@abc.ocn.ne.jp");
    }

    @Test
    void that_the_check_runs_in_the_background_and_its_failure_reaches_the_page_through_the_ui_thread() {
        account.typePassword(Secret.of("abcdefghijk"));
        test.start();
        assertThat(test.stateProperty().get()).isEqualTo(State.RUNNING);
        assertThat(background.waiting()).as("nothing ran on the caller's thread").isEqualTo(1);
        now.addAndGet(1_500);
        test.tick();
        assertThat(test.elapsedMillisProperty().get()).isEqualTo(1_500);

        background.runAll();
        assertThat(test.stateProperty().get()).as("the result waits for the UI thread").isEqualTo(State.RUNNING);
        uiThread.runAll();
        assertThat(test.stateProperty().get()).isEqualTo(State.FAILED);
        CheckResult.Failed failed = (CheckResult.Failed) test.resultProperty().get();
        assertThat(failed.kind()).isEqualTo(FailureKind.CONNECTION_REFUSED);
        assertThat(test.advice()).isNotEmpty();
        assertThat(test.passed().get()).isFalse();
    }

    @Test
    void that_the_check_is_given_the_address_and_only_the_first_8_characters() {
        account.typePassword(Secret.of("abcdefghijk"));
        test.start();
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.address().value()).isEqualTo("taro@abc.ocn.ne.jp");
            assertThat(request.password().toType().reveal()).isEqualTo("abcdefgh");
        });
    }

    @Test
    void that_without_the_password_the_page_asks_for_it_and_the_test_does_not_start() {
        account.typePassword(Secret.of("abcdefgh"));
        assertThat(test.passwordMissing().get()).isFalse();
        account.forgetPassword();
        assertThat(test.passwordMissing().get()).isTrue();
        test.start();
        assertThat(test.stateProperty().get()).isEqualTo(State.READY);
        assertThat(background.waiting()).isZero();
        test.typePassword(Secret.of("abcdefgh"));
        assertThat(test.passwordMissing().get()).isFalse();
        test.start();
        assertThat(test.stateProperty().get()).isEqualTo(State.RUNNING);
    }

    @Test
    void that_a_reset_after_a_result_makes_the_test_ready_again() {
        account.typePassword(Secret.of("abcdefgh"));
        test.start();
        background.runAll();
        uiThread.runAll();
        assertThat(test.stateProperty().get()).isEqualTo(State.FAILED);
        test.reset();
        assertThat(test.stateProperty().get()).isEqualTo(State.READY);
        assertThat(test.resultProperty().get()).isNull();
    }
}
