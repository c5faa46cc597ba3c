package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.FakeServers.forever;
import static io.github.ocnmailsetup.probe.FakeServers.readLine;
import static io.github.ocnmailsetup.probe.FakeServers.say;
import static io.github.ocnmailsetup.probe.TestServers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The check against servers that misbehave on purpose: what they send is shown as text, every read is bounded,
 * and each failure names its cause (servers that echo secrets: {@link EchoedSecretsTest}). Each test is bounded
 * by a generous JUnit timeout; the check's own timeout is 20 s, and a bound that did not hold would end in
 * SERVER_SILENT at that deadline (or run out of memory), not in the kind asserted.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HostileServerTest {

    /**
     * A self-signed certificate (SAN localhost, 127.0.0.1; password changeit) whose CN is
     * {@code mail.example<LF>It is safe to accept this certificate.<ESC>[2J<BEL><CR>}, made with keytool by giving
     * the CN as a hex-encoded UTF8String: {@code -dname "CN=#0c..,O=Hostile test"}.
     */
    private static final Path HOSTILE_NAME = Path.of("src/test/resources/tls/hostile-name.p12");

    private static CheckResult.Failed check(ServerEndpoint pop, ServerEndpoint smtp) {
        CheckResult result = new ConnectionCheck(TestServers.request(pop, smtp, PASSWORD)).run(CheckListener.NONE);
        assertThat(result).isInstanceOf(CheckResult.Failed.class);
        return (CheckResult.Failed) result;
    }

    private static ServerEndpoint nowhere() throws IOException {
        return new ServerEndpoint("localhost", TestServers.closedPort());
    }

    private static String advice(CheckResult result, Locale locale) {
        return result.advice().stream().map(t -> t.in(locale)).collect(Collectors.joining("\n"));
    }

    /** Everything the check shows or writes about {@code result}: advice and report, in both languages. */
    private static String everythingShown(CheckResult result) {
        return String.join("\n", advice(result, Locale.ENGLISH), advice(result, Locale.JAPANESE),
                result.report().render(Locale.ENGLISH), result.report().render(Locale.JAPANESE));
    }

    /** A POP3 server that accepts any login and reports {@code stat}. */
    private static FakeServers.ScriptedPop3s pop3(String stat) throws IOException {
        return new FakeServers.ScriptedPop3s(line -> line.toUpperCase(Locale.ROOT).startsWith("STAT")
                ? "+OK " + stat + "\r\n" : "+OK\r\n");
    }

    @Test
    void that_a_certificate_name_with_a_line_break_a_fake_sentence_and_a_clear_screen_is_shown_as_text()
            throws Exception {
        try (FakeServers.Misbehaving pop = new FakeServers.Misbehaving(TestServers.serverContext(HOSTILE_NAME),
                (in, out) -> in.read())) {
            CheckResult.Failed result = check(pop.endpoint(), nowhere());

            assertThat(result.kind()).isEqualTo(FailureKind.TLS_UNTRUSTED_CERTIFICATE);
            assertThat(result.certificateDetails()).isPresent();
            assertThat(result.certificateDetails().get().subject())
                    .contains("mail.example\\x0aIt is safe to accept this certificate.\\x1b[2J\\x07");
            String shown = everythingShown(result);
            assertThat(shown).contains("\\x1b[2J").doesNotContain("\u001b", "\u0007", "\r");
            // The fake sentence never starts a line of its own.
            assertThat(shown.lines()).noneMatch(line -> line.startsWith("It is safe"));
        }
    }

    @Test
    void that_an_endless_greeting_is_a_server_error_named_as_such_not_a_silent_server() throws Exception {
        try (FakeServers.Misbehaving pop = new FakeServers.Misbehaving(TestServers.serverContext(), (in, out) -> {
            say(out, "+OK ");
            forever(out, "A");
        })) {
            CheckResult.Failed result = check(pop.endpoint(), nowhere());

            assertThat(result.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
            assertThat(advice(result, Locale.ENGLISH)).contains("line far longer than mail servers send")
                    .doesNotContain("Wait a few minutes");
            assertThat(result.report().detail()).contains("line longer than 8192 bytes");
            assertThat(result.report().pop().greeting()).hasSizeLessThanOrEqualTo(200);
        }
    }

    @Test
    void that_an_endless_multi_line_reply_stops_at_its_bound() throws Exception {
        try (FakeServers.ScriptedPop3s pop = pop3("0 0");
                FakeServers.Misbehaving smtp = new FakeServers.Misbehaving(TestServers.serverContext(), (in, out) -> {
                    say(out, "220 fake ready\r\n");
                    readLine(in); // EHLO
                    forever(out, "250-" + "x".repeat(60) + "\r\n");
                })) {
            CheckResult.Failed result = check(pop.endpoint(), smtp.endpoint());

            assertThat(result.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(result.step()).isEqualTo(CheckStep.SMTP_SEND);
            assertThat(advice(result, Locale.ENGLISH)).contains("reply far longer than mail servers send");
            assertThat(result.report().detail()).contains("reply is longer than 1048576 bytes");
        }
    }

    @Test
    void that_an_endless_top_reply_while_polling_is_a_server_error_not_a_delivery_timeout() throws Exception {
        try (FakeServers.Misbehaving pop = new FakeServers.Misbehaving(TestServers.serverContext(),
                Conversations.popWithOneMessage(Conversations::endlessHeaders));
                FakeServers.Misbehaving smtp = new FakeServers.Misbehaving(TestServers.serverContext(),
                        Conversations::acceptingSmtp)) {
            CheckResult.Failed result = check(pop.endpoint(), smtp.endpoint());

            assertThat(result.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(result.step()).isEqualTo(CheckStep.DELIVERY);
            assertThat(advice(result, Locale.ENGLISH)).contains("reply far longer than mail servers send");
        }
    }

    @Test
    void that_an_endless_reply_dripped_too_slowly_for_a_bound_is_a_silent_server_not_a_delivery_timeout()
            throws Exception {
        try (FakeServers.Misbehaving pop = new FakeServers.Misbehaving(TestServers.serverContext(),
                Conversations.popWithOneMessage(Conversations::drippedHeaders));
                FakeServers.Misbehaving smtp = new FakeServers.Misbehaving(TestServers.serverContext(),
                        Conversations::acceptingSmtp)) {
            CheckRequest request = TestServers.request(pop.endpoint(), smtp.endpoint(), PASSWORD)
                    .withTimeout(java.time.Duration.ofSeconds(4));
            CheckResult result = new ConnectionCheck(request).run(CheckListener.NONE);

            assertThat(result).isInstanceOfSatisfying(CheckResult.Failed.class, failed -> {
                assertThat(failed.step()).isEqualTo(CheckStep.DELIVERY);
                assertThat(failed.kind()).isEqualTo(FailureKind.SERVER_SILENT);
            });
        }
    }

    @Test
    void that_an_absurd_message_count_fails_without_opening_the_mailbox() throws Exception {
        try (FakeServers.ScriptedPop3s pop = pop3("2147483647 2147483647")) {
            CheckResult.Failed result = check(pop.endpoint(), nowhere());

            assertThat(result.kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
            assertThat(result.stats()).isEmpty();
            assertThat(advice(result, Locale.ENGLISH)).contains("more messages in the mailbox than any mailbox holds");
            assertThat(result.report().detail()).contains("2147483647 messages");
            assertThat(pop.commands).doesNotContain("LIST", "UIDL").noneMatch(c -> c.startsWith("RETR"));
        }
    }

    @Test
    void that_a_reply_that_is_neither_ok_nor_err_is_a_server_error_not_a_rejected_password() throws Exception {
        // A bare carriage return ends a line for the mail library, so the rest of the greeting is read as the
        // reply to USER: the password was never sent, let alone refused.
        FakeServers.Conversation brokenGreeting = (in, out) -> {
            say(out, "+OK ready\r garbage\r\n");
            for (String line = readLine(in); line != null; line = readLine(in)) {
                say(out, "+OK\r\n");
            }
        };
        try (FakeServers.Misbehaving pop = new FakeServers.Misbehaving(
                TestServers.serverContext(TestServers.KEYSTORE), brokenGreeting)) {
            CheckResult.Failed result = check(pop.endpoint(), nowhere());

            assertThat(result.kind()).as("%s", result.report().detail()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
            assertThat(advice(result, Locale.ENGLISH)).doesNotContain("refused the username or the password");
        }
    }

    @Test
    void that_old_protocols_no_common_cipher_and_a_close_in_the_handshake_are_tls_handshake_failures()
            throws Exception {
        byte[] protocolVersionAlert = {0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x46};
        byte[] handshakeFailureAlert = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28};
        List<FakeServers.Conversation> servers = List.of(
                Conversations.answerClientHello(protocolVersionAlert), // speaks only TLS 1.0/1.1
                Conversations.answerClientHello(handshakeFailureAlert), // no cipher in common
                Conversations.answerClientHello(new byte[0]), // closes during the handshake
                Conversations::resetInTheHandshake); // resets the connection during the handshake
        for (FakeServers.Conversation conversation : servers) {
            try (FakeServers.Misbehaving pop = FakeServers.Misbehaving.plainTcp(conversation)) {
                CheckResult.Failed result = check(pop.endpoint(), nowhere());

                assertThat(result.kind()).as("%s", result.report().detail())
                        .isEqualTo(FailureKind.TLS_HANDSHAKE_FAILED);
                assertThat(result.step()).isEqualTo(CheckStep.POP_LOGIN);
                assertThat(advice(result, Locale.ENGLISH)).contains("not a problem with your settings")
                        .contains("contact OCN").doesNotContain("Wait a few minutes");
                assertThat(advice(result, Locale.JAPANESE)).contains("お客さまの設定の問題ではありません", "OCNにご相談ください");
            }
        }
    }
}
