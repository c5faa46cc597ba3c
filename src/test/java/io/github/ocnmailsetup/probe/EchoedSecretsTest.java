package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.FakeServers.readLine;
import static io.github.ocnmailsetup.probe.FakeServers.say;
import static io.github.ocnmailsetup.probe.TestServers.ADDRESS;
import static io.github.ocnmailsetup.probe.TestServers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * SMTP servers that echo the login back in their rejection: no form of the password or of the encoded login name
 * reaches the advice, the report (both languages) or the log.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EchoedSecretsTest {

    private static CheckResult.Failed check(ServerEndpoint pop, ServerEndpoint smtp) {
        CheckResult result = new ConnectionCheck(TestServers.request(pop, smtp, PASSWORD)).run(CheckListener.NONE);
        assertThat(result).isInstanceOf(CheckResult.Failed.class);
        return (CheckResult.Failed) result;
    }

    /** A POP3 server that accepts any login and has an empty mailbox. */
    private static FakeServers.ScriptedPop3s pop3() throws java.io.IOException {
        return new FakeServers.ScriptedPop3s(line -> line.toUpperCase(Locale.ROOT).startsWith("STAT")
                ? "+OK 0 0\r\n" : "+OK\r\n");
    }

    /** Advice and report, in both languages. */
    private static String everythingShown(CheckResult result) {
        return String.join("\n",
                result.advice().stream().map(t -> t.in(Locale.ENGLISH)).collect(Collectors.joining("\n")),
                result.advice().stream().map(t -> t.in(Locale.JAPANESE)).collect(Collectors.joining("\n")),
                result.report().render(Locale.ENGLISH), result.report().render(Locale.JAPANESE));
    }

    @Test
    void that_an_echoed_auth_plain_token_is_scrubbed_from_report_and_log() throws Exception {
        String token = Base64.getEncoder().encodeToString(
                (ADDRESS + "\0" + ADDRESS + "\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        ListAppender<ILoggingEvent> log = captureLog();
        try (FakeServers.ScriptedPop3s pop = pop3();
                FakeServers.Misbehaving smtp = new FakeServers.Misbehaving(TestServers.serverContext(), (in, out) -> {
                    say(out, "220 fake ready\r\n");
                    readLine(in); // EHLO
                    say(out, "250-fake\r\n250 AUTH PLAIN\r\n");
                    String auth = readLine(in);
                    if (auth.equalsIgnoreCase("AUTH PLAIN")) {
                        say(out, "334 \r\n");
                        auth = readLine(in);
                    }
                    say(out, "535 5.7.8 Rejected: " + auth + " (echoed back) \u001b[2J\r\n");
                    readLine(in);
                })) {
            CheckResult.Failed result = check(pop.endpoint(), smtp.endpoint());

            assertThat(result.kind()).isEqualTo(FailureKind.SMTP_AUTH_REJECTED);
            assertThat(result.report().detail()).contains("[secret] (echoed back) \\x1b[2J");
            assertNoSecret(everythingShown(result) + logged(log), token);
        } finally {
            stopCapture(log);
        }
    }

    @Test
    void that_echoed_auth_login_tokens_are_scrubbed_from_report_and_log() throws Exception {
        Base64.Encoder base64 = Base64.getEncoder();
        String userToken = base64.encodeToString(ADDRESS.getBytes(StandardCharsets.UTF_8));
        String passwordToken = base64.encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        ListAppender<ILoggingEvent> log = captureLog();
        try (FakeServers.ScriptedPop3s pop = pop3();
                FakeServers.Misbehaving smtp = new FakeServers.Misbehaving(TestServers.serverContext(), (in, out) -> {
                    say(out, "220 fake ready\r\n");
                    readLine(in); // EHLO
                    say(out, "250-fake\r\n250 AUTH LOGIN\r\n");
                    readLine(in); // AUTH LOGIN
                    say(out, "334 VXNlcm5hbWU6\r\n");
                    String user = readLine(in);
                    say(out, "334 UGFzc3dvcmQ6\r\n");
                    String password = readLine(in);
                    say(out, "535 no such login: " + user + " / " + password + " / x" + password + "\r\n");
                    readLine(in);
                })) {
            CheckResult.Failed result = check(pop.endpoint(), smtp.endpoint());

            assertThat(result.kind()).isEqualTo(FailureKind.SMTP_AUTH_REJECTED);
            assertThat(result.report().detail()).contains("[address] / [secret] / x[secret]");
            assertNoSecret(everythingShown(result) + logged(log), userToken, passwordToken);
        } finally {
            stopCapture(log);
        }
    }

    private static void assertNoSecret(String text, String... tokens) {
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(ADDRESS).doesNotContain(tokens);
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        for (int alignment = 0; alignment < 3; alignment++) {
            assertThat(text).doesNotContain(SecretForms.innerBase64(password, alignment));
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static String logged(ListAppender<ILoggingEvent> appender) {
        assertThat(appender.list).as("the check logs its failure").isNotEmpty();
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    private static void stopCapture(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
        appender.stop();
    }
}
