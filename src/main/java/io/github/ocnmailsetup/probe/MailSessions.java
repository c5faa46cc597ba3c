package io.github.ocnmailsetup.probe;

import jakarta.mail.Session;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Jakarta Mail sessions for POP3 and SMTP over implicit TLS, set up the only safe way (docs/architecture.md,
 * "Angus Mail's TLS fallback and timeouts"): our own trust through the socket factory, hostname verification on, TLS 1.2 or later, no silent fallback
 * to another trust store, and connect, read and write timeouts on every connection. No debug output.
 */
final class MailSessions {

    /** One small thread for Angus Mail's write timeouts, instead of a new thread per connection. */
    private static final ScheduledExecutorService WRITE_TIMEOUTS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ocn-check-write-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    /** Skip POP3 CAPA; the benchmark measures with {@code -Docnsetup.probe.capa=true} to compare. */
    static final boolean SKIP_CAPA = !"true".equals(System.getProperty("ocnsetup.probe.capa"));

    private MailSessions() {
    }

    /** A session for POP3 over TLS ({@code pop3s}) whose connections time out after {@code timeoutMillis}. */
    static Session pop3s(TlsSocketFactory sockets, long timeoutMillis) {
        Properties p = properties("pop3s", sockets, timeoutMillis);
        if (SKIP_CAPA) {
            // USER/PASS over TLS needs no CAPA, and TOP is sent directly: one round trip less per connection.
            p.setProperty("mail.pop3s.disablecapa", "true");
        }
        return Session.getInstance(p);
    }

    /** A session for SMTP over TLS ({@code smtps}) whose connections time out after {@code timeoutMillis}. */
    static Session smtps(TlsSocketFactory sockets, long timeoutMillis, String localHost) {
        Properties p = properties("smtps", sockets, timeoutMillis);
        p.setProperty("mail.smtps.auth", "true");
        p.setProperty("mail.smtps.localhost", localHost);
        // One AUTH attempt with the first mechanism the server offers: never a second failed login.
        p.setProperty("mail.smtps.auth.mechanisms", "PLAIN LOGIN");
        // The message is accepted once DATA is answered: do not wait for the reply to QUIT.
        p.setProperty("mail.smtps.quitwait", "false");
        return Session.getInstance(p);
    }

    private static Properties properties(String protocol, TlsSocketFactory sockets, long timeoutMillis) {
        String prefix = "mail." + protocol + ".";
        String timeout = String.valueOf(Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis)));
        Properties p = new Properties();
        p.put(prefix + "ssl.socketFactory", sockets);
        p.setProperty(prefix + "socketFactory.fallback", "false");
        p.setProperty(prefix + "ssl.enable", "true");
        p.setProperty(prefix + "ssl.checkserveridentity", "true");
        p.setProperty(prefix + "ssl.protocols", "TLSv1.3 TLSv1.2");
        p.setProperty(prefix + "connectiontimeout", timeout);
        p.setProperty(prefix + "timeout", timeout);
        p.setProperty(prefix + "writetimeout", timeout);
        p.put(prefix + "executor.writetimeout", WRITE_TIMEOUTS);
        p.setProperty("mail.debug", "false");
        return p;
    }
}
