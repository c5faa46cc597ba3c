package io.github.ocnmailsetup.probe;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.eclipse.angus.mail.pop3.POP3Message;
import org.jspecify.annotations.Nullable;

/**
 * One POP3-over-TLS session with the user's mailbox. It reads only what the check needs: STAT, and for the
 * newest few messages their UIDL and their headers with {@code TOP n 0}. It never asks for a whole message
 * (no RETR, whatever the server's CAPA says: docs/architecture.md, "Headers only") and deletes nothing but a message that carries
 * the check's own token. The notice's promise that mail on the server stays as it is depends on this.
 */
final class PopMailbox implements AutoCloseable {

    /** How many of the newest messages a poll looks at. */
    static final int NEWEST = 10;

    private final Store store;
    private final POP3Folder inbox;
    private @Nullable POP3Message matched;
    /** Kept here because {@code POP3Folder.isOpen()} sends a NOOP to find out: a round trip for nothing. */
    private boolean open = true;

    private PopMailbox(Store store, POP3Folder inbox) {
        this.store = store;
        this.inbox = inbox;
    }

    /** Connects, logs in once and opens the inbox (which sends STAT). */
    static PopMailbox open(CheckRequest request, TlsSocketFactory sockets, long timeoutMillis)
            throws MessagingException {
        Store store = MailSessions.pop3s(sockets, timeoutMillis).getStore("pop3s");
        store.connect(request.pop().host(), request.pop().port(), request.address().value(),
                request.password().toType().reveal());
        try {
            POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            return new PopMailbox(store, inbox);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    /** The STAT figures of this session. */
    MailboxStats stats() throws MessagingException {
        return new MailboxStats(inbox.getMessageCount(), inbox.getSize());
    }

    /**
     * Looks for the test message among the newest {@link #NEWEST} messages, newest first. Messages whose UIDL is
     * in {@code alreadyRead} are skipped; the UIDLs of the others are added to it once their headers are read.
     */
    boolean find(TestMessage message, Set<String> alreadyRead) throws MessagingException {
        int count = inbox.getMessageCount();
        for (int number = count; number >= 1 && number > count - NEWEST; number--) {
            POP3Message candidate = (POP3Message) inbox.getMessage(number);
            String uid = inbox.getUID(candidate);
            if (uid != null && alreadyRead.contains(uid)) {
                continue;
            }
            if (message.matches(headersOf(candidate))) {
                matched = candidate;
                return true;
            }
            if (uid != null) {
                alreadyRead.add(uid);
            }
        }
        return false;
    }

    /** Deletes the matched test message, and only it: DELE, then QUIT commits it. */
    void deleteMatched() throws MessagingException {
        if (matched == null) {
            throw new IllegalStateException("No test message was matched");
        }
        matched.setFlag(Flags.Flag.DELETED, true);
        open = false;
        inbox.close(true);
        store.close();
    }

    private static InternetHeaders headersOf(POP3Message candidate) throws MessagingException {
        // TOP n 0 directly: POP3Message.getHeader would fall back to RETR when CAPA does not list TOP.
        try (InputStream top = candidate.top(0)) {
            if (top == null) {
                throw new MessagingException("The server does not support TOP");
            }
            return new InternetHeaders(top);
        } catch (IOException e) {
            throw new MessagingException("Could not read the message headers", e);
        }
    }

    @Override
    public void close() {
        try {
            if (open) {
                open = false;
                inbox.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // Leaving without deleting anything; the server ends the session either way.
        }
        closeQuietly(store);
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // Nothing to undo: the session only read.
        }
    }
}
