package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.OcnAddress;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/**
 * The short message the check sends from the address to itself: a subject and body readable in Japanese and
 * English, a unique Message-ID and a unique token header by which the check, and only the check, recognises it.
 */
final class TestMessage {

    /** The header that carries the token; the check deletes only a message with its own token here. */
    static final String TOKEN_HEADER = "X-OCN-Mail-Setup-Check";

    private final OcnAddress address;
    private final String token;
    private final String messageId;

    private TestMessage(OcnAddress address, String token) {
        this.address = address;
        this.token = token;
        this.messageId = "<ocn-mail-setup-check." + token + "@" + address.domain() + ">";
    }

    /** A message with a fresh random token. */
    static TestMessage forAddress(OcnAddress address) {
        return new TestMessage(address, UUID.randomUUID().toString());
    }

    /** Whether the headers read with TOP are those of this message. */
    boolean matches(InternetHeaders headers) {
        String[] values = headers.getHeader(TOKEN_HEADER);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            if (token.equals(value.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The MIME message, ready to send in {@code session}. */
    MimeMessage toMime(Session session) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        InternetAddress self = new InternetAddress(address.value());
        message.setFrom(self);
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, self);
        message.setSubject(text("testMessage.subject"), StandardCharsets.UTF_8.name());
        message.setText(text("testMessage.body"), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader(TOKEN_HEADER, token);
        message.saveChanges();
        return message;
    }

    private static String text(String key) {
        // The subject and body are bilingual in both bundles: the message is read in whichever mail software.
        return I18n.format(ProbeText.BUNDLE, Locale.ENGLISH, key);
    }

    /** A MIME message that keeps the Message-ID the check chose instead of generating one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
