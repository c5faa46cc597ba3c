package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.TestServers.ADDRESS;
import static io.github.ocnmailsetup.probe.TestServers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    private GreenMail greenMail;
    private GreenMailUser user;

    @BeforeEach
    void start() {
        greenMail = TestServers.greenMail("127.0.0.1");
        user = TestServers.user(greenMail, PASSWORD);
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private static CheckResult run(CheckRequest request) {
        return new ConnectionCheck(request).run(CheckListener.NONE);
    }

    private static CheckResult.Failed failed(CheckResult result) {
        assertThat(result).isInstanceOf(CheckResult.Failed.class);
        return (CheckResult.Failed) result;
    }

    @Test
    void that_a_working_account_passes_every_step_and_leaves_no_test_message() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CheckResult result = new ConnectionCheck(TestServers.request(greenMail, PASSWORD)).run(new CheckListener() {
            @Override
            public void stepStarted(CheckStep step) {
                events.add("start " + step.id());
            }

            @Override
            public void stepFinished(StepResult step) {
                events.add((step.ok() ? "ok " : "failed ") + step.step().id());
            }
        });

        assertThat(result).isInstanceOf(CheckResult.Passed.class);
        assertThat(result.steps()).extracting(StepResult::step).containsExactly(CheckStep.values());
        assertThat(result.steps()).allMatch(StepResult::ok);
        assertThat(result.stats()).contains(new MailboxStats(0, 0));
        assertThat(result.testMessageDeleted()).isTrue();
        assertThat(TestServers.messages(greenMail, user)).isEmpty();
        assertThat(events).containsExactly("start pop-login", "ok pop-login", "start smtp-send", "ok smtp-send",
                "start delivery", "ok delivery", "start cleanup", "ok cleanup");
    }

    @Test
    void that_the_report_names_greetings_and_tls_but_never_the_address_or_password() {
        CheckResult result = run(TestServers.request(greenMail, PASSWORD));

        String report = result.report().render(Locale.ENGLISH);
        assertThat(report).contains("t***@abc.ocn.ne.jp").doesNotContain(ADDRESS).doesNotContain(PASSWORD);
        assertThat(report).contains("+OK").contains("220").containsPattern("TLSv1\\.[23]").contains("CN=");
        assertThat(result.report().render(Locale.JAPANESE)).contains("t***@abc.ocn.ne.jp").doesNotContain(PASSWORD);
    }

    @Test
    void that_keep_test_message_leaves_the_message_and_skips_cleanup() throws Exception {
        CheckResult result = run(TestServers.request(greenMail, PASSWORD).withKeepTestMessage(true));

        assertThat(result.ok()).isTrue();
        assertThat(result.steps()).extracting(StepResult::step)
                .containsExactly(CheckStep.POP_LOGIN, CheckStep.SMTP_SEND, CheckStep.DELIVERY);
        assertThat(result.testMessageDeleted()).isFalse();
        assertThat(TestServers.messages(greenMail, user)).hasSize(1);
        assertThat(TestServers.messages(greenMail, user).get(0).getMimeMessage()
                .getHeader(TestMessage.TOKEN_HEADER)).isNotEmpty();
    }

    @Test
    void that_a_wrong_pop_password_is_reported_and_nothing_is_sent() {
        CheckResult.Failed result = failed(run(TestServers.request(greenMail, "wrongpw1")));

        assertThat(result.kind()).isEqualTo(FailureKind.POP_AUTH_REJECTED);
        assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
        assertThat(result.steps()).extracting(StepResult::step).containsExactly(CheckStep.POP_LOGIN);
        assertThat(result.stats()).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(String.join(" ", result.advice().stream().map(t -> t.in(Locale.ENGLISH)).toList()))
                .contains("Caps Lock").contains("9 or more").contains("first 8").contains("2009/11/23");
    }

    @Test
    void that_a_wrong_smtp_password_is_reported_at_smtp_send() {
        GreenMail other = TestServers.greenMail("127.0.0.1");
        try {
            TestServers.user(other, "different");
            CheckRequest request = TestServers.request(TestServers.pop(greenMail), TestServers.smtp(other), PASSWORD);

            CheckResult.Failed result = failed(run(request));

            assertThat(result.kind()).isEqualTo(FailureKind.SMTP_AUTH_REJECTED);
            assertThat(result.step()).isEqualTo(CheckStep.SMTP_SEND);
            assertThat(result.stats()).contains(new MailboxStats(0, 0));
        } finally {
            other.stop();
        }
    }

    @Test
    void that_a_closed_port_is_connection_refused() throws Exception {
        ServerEndpoint closed = new ServerEndpoint("127.0.0.1", TestServers.closedPort());

        CheckResult.Failed result = failed(run(TestServers.request(closed, TestServers.smtp(greenMail), PASSWORD)));

        assertThat(result.kind()).isEqualTo(FailureKind.CONNECTION_REFUSED);
        assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
    }

    @Test
    void that_an_untrusted_certificate_is_named_with_its_details() {
        CheckRequest request = TestServers.request(greenMail, PASSWORD).withTrust(TrustSources.systemDefault());

        CheckResult.Failed result = failed(run(request));

        assertThat(result.kind()).isEqualTo(FailureKind.TLS_UNTRUSTED_CERTIFICATE);
        assertThat(result.certificateDetails()).isPresent();
        assertThat(result.certificateDetails().get().subject()).contains("localhost");
        assertThat(result.advice().get(1).in(Locale.ENGLISH)).contains("localhost").contains("SHA-256");
        assertThat(result.kind().remedy().in(Locale.ENGLISH)).contains("do not simply accept").contains("was not sent");
        assertThat(result.report().render(Locale.ENGLISH)).contains("Certificate: subject CN=localhost")
                .contains("TLS_UNTRUSTED_CERTIFICATE");
    }

    @Test
    void that_a_certificate_for_another_name_is_a_hostname_mismatch() {
        assumeTrue(TestServers.secondLoopbackWorks(), "127.0.0.2 is not on loopback here");
        GreenMail elsewhere = TestServers.greenMail("127.0.0.2");
        try {
            TestServers.user(elsewhere, PASSWORD);

            CheckResult.Failed result = failed(run(TestServers.request(elsewhere, PASSWORD)));

            assertThat(result.kind()).isEqualTo(FailureKind.TLS_HOSTNAME_MISMATCH);
            assertThat(result.certificateDetails()).isPresent();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void that_tls_to_a_plaintext_port_is_reported_as_tls_not_spoken() {
        ServerEndpoint plain = new ServerEndpoint("localhost", greenMail.getPop3().getPort());

        CheckResult.Failed result = failed(run(TestServers.request(plain, TestServers.smtp(greenMail), PASSWORD)));

        assertThat(result.kind()).isEqualTo(FailureKind.TLS_NOT_SPOKEN);
    }

    @Test
    void that_a_server_that_never_speaks_is_reported_within_the_timeout() throws Exception {
        try (FakeServers.Silent silent = new FakeServers.Silent()) {
            CheckRequest request = TestServers.request(silent.endpoint(), TestServers.smtp(greenMail), PASSWORD)
                    .withTimeout(Duration.ofSeconds(2));
            long start = System.nanoTime();

            CheckResult.Failed result = failed(run(request));

            assertThat(result.kind()).isEqualTo(FailureKind.SERVER_SILENT);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(4000);
        }
    }

    @Test
    void that_an_unknown_host_is_a_dns_failure() {
        ServerEndpoint unknown = new ServerEndpoint("pop.nonexistent.invalid", 995);

        CheckResult.Failed result = failed(run(TestServers.request(unknown, TestServers.smtp(greenMail), PASSWORD)));

        assertThat(result.kind()).isEqualTo(FailureKind.DNS_FAILURE);
    }

    @Test
    void that_a_mailbox_in_use_is_reported_after_a_single_login() throws Exception {
        try (FakeServers.ScriptedPop3s pop = new FakeServers.ScriptedPop3s(line -> {
            String verb = line.split(" ")[0].toUpperCase(Locale.ROOT);
            return switch (verb) {
                case "CAPA" -> "+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n";
                case "USER", "QUIT" -> "+OK\r\n";
                case "PASS" -> "-ERR [IN-USE] Mailbox is locked by another session\r\n";
                default -> "-ERR unknown\r\n";
            };
        })) {
            CheckResult.Failed result = failed(run(TestServers.request(pop.endpoint(), TestServers.smtp(greenMail),
                    PASSWORD)));

            assertThat(result.kind()).isEqualTo(FailureKind.MAILBOX_IN_USE);
            assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
            assertThat(pop.commands).filteredOn(c -> c.startsWith("PASS")).hasSize(1);
            assertThat(result.kind().remedy().in(Locale.ENGLISH)).contains("Close your mail software");
        }
    }

    @Test
    void that_a_password_of_nine_or_more_characters_logs_in_with_its_first_eight() {
        greenMail.setUser(ADDRESS, ADDRESS, "abcdefgh");

        CheckResult result = run(TestServers.request(greenMail, "abcdefghijk"));

        assertThat(result.ok()).isTrue();
        assertThat(result.report().passwordTruncated()).isTrue();
        assertThat(result.report().render(Locale.ENGLISH)).doesNotContain("abcdefgh");
    }

    @Test
    void that_cancel_returns_cancelled_within_a_second() throws Exception {
        try (FakeServers.Silent silent = new FakeServers.Silent()) {
            CheckRequest request = TestServers.request(silent.endpoint(), TestServers.smtp(greenMail), PASSWORD)
                    .withTimeout(Duration.ofSeconds(30));
            ConnectionCheck check = new ConnectionCheck(request);
            CompletableFuture<CheckResult> running = CompletableFuture.supplyAsync(() -> check.run(CheckListener.NONE));
            Thread.sleep(500);

            long cancelledAt = System.nanoTime();
            check.cancel();
            CheckResult result = running.get(1, TimeUnit.SECONDS);

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt)).isLessThan(1000);
            assertThat(failed(result).kind()).isEqualTo(FailureKind.CANCELLED);
            assertThat(failed(result).step()).isEqualTo(CheckStep.POP_LOGIN);
        }
    }

    @Test
    void that_a_message_that_never_arrives_is_a_delivery_timeout_after_at_most_ten_polls() throws Exception {
        GreenMail elsewhere = TestServers.greenMail("127.0.0.1");
        try (FakeServers.RecordingTlsProxy pop = new FakeServers.RecordingTlsProxy(greenMail.getPop3().getPort())) {
            TestServers.user(elsewhere, PASSWORD);
            CheckRequest request = TestServers.request(pop.endpoint(), TestServers.smtp(elsewhere), PASSWORD)
                    .withTimeout(Duration.ofSeconds(4));

            CheckResult.Failed result = failed(run(request));

            assertThat(result.kind()).isEqualTo(FailureKind.DELIVERY_TIMEOUT);
            assertThat(result.step()).isEqualTo(CheckStep.DELIVERY);
            assertThat(result.kind().remedy().in(Locale.ENGLISH)).contains("may have fetched the test message");
            assertThat(pop.verbs()).filteredOn("PASS"::equals).hasSizeBetween(2, 1 + CheckRun.MAX_POLL_LOGINS);
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void that_a_rejected_password_is_sent_once_only() throws Exception {
        try (FakeServers.RecordingTlsProxy pop = new FakeServers.RecordingTlsProxy(greenMail.getPop3().getPort())) {
            CheckRequest request = TestServers.request(pop.endpoint(), TestServers.smtp(greenMail), "wrongpw1");

            assertThat(failed(run(request)).kind()).isEqualTo(FailureKind.POP_AUTH_REJECTED);
            Thread.sleep(100);
            assertThat(pop.verbs()).filteredOn(v -> v.equals("PASS") || v.equals("AUTH") || v.equals("APOP"))
                    .hasSize(1);
        }
    }

    @Test
    void that_a_check_cancelled_before_it_runs_connects_nowhere() throws Exception {
        try (FakeServers.RecordingTlsProxy pop = new FakeServers.RecordingTlsProxy(greenMail.getPop3().getPort())) {
            ConnectionCheck check = new ConnectionCheck(
                    TestServers.request(pop.endpoint(), TestServers.smtp(greenMail), PASSWORD));
            check.cancel();

            CheckResult.Failed result = failed(check.run(CheckListener.NONE));

            assertThat(result.kind()).isEqualTo(FailureKind.CANCELLED);
            assertThat(result.steps()).isEmpty();
            Thread.sleep(200);
            assertThat(pop.clientLines).isEmpty();
        }
    }
}
