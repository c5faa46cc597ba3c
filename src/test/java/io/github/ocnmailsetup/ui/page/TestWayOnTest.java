package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.probe.ConnectionCheck;
import io.github.ocnmailsetup.probe.FailureKind;
import java.net.ServerSocket;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ways on from the test page, without a window: no failure is a dead end, and the test is never a gate. */
class TestWayOnTest {

    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor uiThread = new QueuedExecutor();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<String> moves = navigator.moves;
    private AccountViewModel account;
    private ConnectionTestViewModel test;

    @BeforeEach
    void a_page_whose_servers_refuse_connections() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ServerEndpoint nowhere = new ServerEndpoint("127.0.0.1", closed);
        OcnSettings settings = OcnSettings.bundled().withServers(nowhere, nowhere);
        account = new AccountViewModel(settings);
        test = new ConnectionTestViewModel(account, settings, SSLContext.getDefault(), ConnectionCheck::new,
                background, uiThread, System::currentTimeMillis);
        test.wayOn().attach(navigator, () -> true);
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("secret12"));
    }

    @Test
    void that_a_refused_port_offers_test_again_and_the_way_on_but_nothing_to_correct_on_the_account_page() {
        test.start();
        assertThat(test.wayOn().mayGoOn().get()).as("no way on while the test runs").isFalse();
        background.runAll();
        uiThread.runAll();

        assertThat(test.wayOn().actions()).containsExactly(TestAction.TEST_AGAIN);
        assertThat(test.wayOn().mayGoOn().get()).as("a failed test alone does not open Next").isFalse();
        test.wayOn().continueWithoutTest();
        assertThat(moves).containsExactly("next");
        assertThat(test.wayOn().mayGoOn().get()).as("once chosen, Next stays open").isTrue();
    }

    @Test
    void that_a_refused_login_offers_the_password_then_the_address_then_the_version_up_then_test_again() {
        assertThat(TestAction.forFailure(FailureKind.POP_AUTH_REJECTED, true)).containsExactly(
                TestAction.CORRECT_PASSWORD, TestAction.CORRECT_ADDRESS, TestAction.VERSION_UP, TestAction.TEST_AGAIN);
        assertThat(TestAction.forFailure(FailureKind.POP_AUTH_REJECTED, false))
                .as("an address known to be eligible: the version-up is not offered").doesNotContain(TestAction.VERSION_UP);
        assertThat(TestAction.forFailure(FailureKind.SMTP_AUTH_REJECTED, true))
                .containsExactly(TestAction.CORRECT_PASSWORD, TestAction.TEST_AGAIN);
        assertThat(TestAction.forFailure(FailureKind.SEND_REJECTED, false))
                .containsExactly(TestAction.CORRECT_ADDRESS, TestAction.TEST_AGAIN);
        for (FailureKind kind : FailureKind.values()) {
            assertThat(TestAction.forFailure(kind, false)).as(kind.name()).endsWith(TestAction.TEST_AGAIN);
        }
    }

    @Test
    void that_correcting_sends_the_user_to_the_account_page_with_the_reason_until_the_next_test() {
        test.start();
        background.runAll();
        uiThread.runAll();
        test.wayOn().perform(TestAction.CORRECT_ADDRESS);

        assertThat(moves).containsExactly("goTo ACCOUNT");
        AccountCorrection.Request request = account.correction().requestProperty().get();
        assertThat(request.field()).isEqualTo(AccountCorrection.Field.ADDRESS);
        assertThat(request.reason()).isEqualTo(FailureKind.CONNECTION_REFUSED.explanation());
        test.start();
        assertThat(account.correction().requestProperty().get()).as("a new test clears the old reason").isNull();
    }
}
