package io.github.ocnmailsetup.probe;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The kinds that loopback cannot produce, from the exception shapes Jakarta Mail gives (docs/architecture.md, "Failure shapes"). */
class FailureClassifierTest {

    private static MessagingException wrapped(Exception cause) {
        return new MessagingException("Connect failed", cause);
    }

    @Test
    void that_a_connect_timeout_is_a_connection_timeout() {
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(new SocketTimeoutException("Connect timed out"))))
                .isEqualTo(FailureKind.CONNECTION_TIMEOUT);
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(new ConnectException("Connection timed out"))))
                .isEqualTo(FailureKind.CONNECTION_TIMEOUT);
    }

    @Test
    void that_a_read_timeout_reported_as_a_failed_login_is_a_silent_server() {
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, new AuthenticationFailedException("Read timed out")))
                .isEqualTo(FailureKind.SERVER_SILENT);
    }

    @Test
    void that_a_pop3_reply_neither_ok_nor_err_is_a_server_error_not_a_rejected_password() {
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN,
                new AuthenticationFailedException("Unexpected response:  garbage"))).isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void that_a_refusal_whose_words_mention_a_handshake_is_still_a_refused_password() {
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN,
                new AuthenticationFailedException("[AUTH] Login failed: protocol_version handshake required")))
                .isEqualTo(FailureKind.POP_AUTH_REJECTED);
        assertThat(FailureClassifier.classify(CheckStep.SMTP_SEND,
                new AuthenticationFailedException("535 5.7.8 handshake: authentication failed")))
                .isEqualTo(FailureKind.SMTP_AUTH_REJECTED);
    }

    @Test
    void that_pop3_response_codes_are_read() {
        assertThat(FailureClassifier.classify(CheckStep.DELIVERY,
                new AuthenticationFailedException("[IN-USE] Mailbox is locked"))).isEqualTo(FailureKind.MAILBOX_IN_USE);
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN,
                new AuthenticationFailedException("[SYS/TEMP] Try later"))).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN,
                new AuthenticationFailedException("[AUTH] Authentication failed."))).isEqualTo(FailureKind.POP_AUTH_REJECTED);
        assertThat(FailureClassifier.classify(CheckStep.SMTP_SEND,
                new AuthenticationFailedException("535 5.7.8 Error"))).isEqualTo(FailureKind.SMTP_AUTH_REJECTED);
    }

    @Test
    void that_a_refused_message_is_send_rejected_and_the_rest_a_server_error() {
        assertThat(FailureClassifier.classify(CheckStep.SMTP_SEND, new SendFailedException("554 5.7.1 Rejected")))
                .isEqualTo(FailureKind.SEND_REJECTED);
        assertThat(FailureClassifier.classify(CheckStep.CLEANUP, new MessagingException("-ERR something")))
                .isEqualTo(FailureKind.SERVER_ERROR);
    }

    @Test
    void that_the_cause_chain_decides_over_the_outer_type() {
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(new UnknownHostException("x.invalid"))))
                .isEqualTo(FailureKind.DNS_FAILURE);
        SSLHandshakeException silentHandshake = new SSLHandshakeException("handshake");
        silentHandshake.initCause(new SocketTimeoutException("Read timed out"));
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(silentHandshake)))
                .isEqualTo(FailureKind.SERVER_SILENT);
    }

    @Test
    void that_a_handshake_without_a_common_protocol_or_cipher_is_a_failed_handshake_not_a_server_error() {
        for (String message : new String[] {"Received fatal alert: protocol_version",
            "Received fatal alert: handshake_failure", "No appropriate protocol (protocol is disabled or cipher"
                + " suites are inappropriate)", "Remote host terminated the handshake"}) {
            assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(new SSLHandshakeException(message))))
                    .as(message).isEqualTo(FailureKind.TLS_HANDSHAKE_FAILED);
        }
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        assertThat(FailureClassifier.classify(CheckStep.POP_LOGIN, wrapped(untrusted)))
                .isEqualTo(FailureKind.TLS_UNTRUSTED_CERTIFICATE);
    }

    @Test
    void that_a_broken_read_bound_is_a_server_error_at_any_step_even_inside_a_failed_login() {
        ReplyLimitException endless = new ReplyLimitException(ReplyLimitException.Limit.LINE, "too long");
        AuthenticationFailedException login = new AuthenticationFailedException("Read failed", endless);
        assertThat(FailureClassifier.classify(CheckStep.SMTP_SEND, login)).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(FailureClassifier.classify(CheckStep.DELIVERY, wrapped(endless)))
                .isEqualTo(FailureKind.SERVER_ERROR);
    }
}
