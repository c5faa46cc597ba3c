package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.PasswordRule.PasswordForMailSoftware;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * What to check: the address (which is also the username, 「ユーザ名: メールアドレス」), the password after the
 * notice's 8-character rule, the incoming and outgoing servers (both implicit SSL), the bound on the whole
 * check, whether to leave the test message on the server, and whom to trust for TLS.
 *
 * @param address         the OCN address; the test message goes from it to itself
 * @param password        the password as the mail software gets it ({@code toType()} is what logs in)
 * @param pop             the incoming server, POP3 over SSL (pop.ocn.ne.jp:995 by default)
 * @param smtp            the outgoing server, SMTP over SSL (smtp.ocn.ne.jp:465 by default)
 * @param timeout         the bound on the whole check, every connection included
 * @param keepTestMessage leave the test message on the server (the cleanup step does not run)
 * @param trust           the TLS trust: {@link TrustSources#systemDefault()} unless the caller has its own
 */
public record CheckRequest(
        OcnAddress address,
        PasswordForMailSoftware password,
        ServerEndpoint pop,
        ServerEndpoint smtp,
        Duration timeout,
        boolean keepTestMessage,
        SSLContext trust) {

    /** The default bound on the whole check. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public CheckRequest {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive: " + timeout);
        }
    }

    /** The same request with another bound on the whole check. */
    public CheckRequest withTimeout(Duration newTimeout) {
        return new CheckRequest(address, password, pop, smtp, newTimeout, keepTestMessage, trust);
    }

    /** The same request, leaving the test message on the server or not. */
    public CheckRequest withKeepTestMessage(boolean keep) {
        return new CheckRequest(address, password, pop, smtp, timeout, keep, trust);
    }

    /** The same request with another TLS trust (the demo's own certificate, a test keystore). */
    public CheckRequest withTrust(SSLContext newTrust) {
        return new CheckRequest(address, password, pop, smtp, timeout, keepTestMessage, newTrust);
    }

    @Override
    public String toString() {
        return "CheckRequest[" + address.masked() + ", pop=" + pop + ", smtp=" + smtp + ", timeout=" + timeout
                + ", keepTestMessage=" + keepTestMessage + "]";
    }
}
