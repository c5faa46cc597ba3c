package io.github.ocnmailsetup.probe;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP-over-TLS session: connect, authenticate once with the same username and password as POP (the
 * notice's 「受信メールサーバと同じ設定を使用する」), send the test message to the address itself, quit.
 */
final class SmtpSender implements AutoCloseable {

    private final Session session;
    private final Transport transport;

    private SmtpSender(Session session, Transport transport) {
        this.session = session;
        this.transport = transport;
    }

    /** Connects and authenticates; one attempt, never retried. */
    static SmtpSender connect(CheckRequest request, TlsSocketFactory sockets, long timeoutMillis)
            throws MessagingException {
        // An address literal, as Thunderbird sends: no reverse DNS lookup and nothing about the machine.
        Session session = MailSessions.smtps(sockets, timeoutMillis, "[127.0.0.1]");
        Transport transport = session.getTransport("smtps");
        transport.connect(request.smtp().host(), request.smtp().port(), request.address().value(),
                request.password().toType().reveal());
        return new SmtpSender(session, transport);
    }

    /** Sends the test message from the address to itself. */
    void send(TestMessage message) throws MessagingException {
        MimeMessage mime = message.toMime(session);
        transport.sendMessage(mime, mime.getAllRecipients());
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // QUIT failed after the work was done: nothing to undo.
        }
    }
}
