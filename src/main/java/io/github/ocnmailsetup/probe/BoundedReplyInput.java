package io.github.ocnmailsetup.probe;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * What a server sends, with bounds: one line at most {@link #MAX_LINE_BYTES}, one reply (everything between two
 * commands of the check) at most {@link #MAX_REPLY_BYTES}, and a POP3 STAT count at most {@link #MAX_MESSAGES}.
 * Past a bound every read throws {@link ReplyLimitException}, before the bytes reach Angus Mail, whose line reader
 * and reply buffers would otherwise grow as long as the server sends (an endless greeting once took a check to
 * 4.5 GB in 12 s) and whose POP3 folder makes an array slot for every message STAT announces.
 *
 * <p>The standards allow far less: 512 octets for a POP3 or SMTP reply line (RFC 1939, RFC 5321 4.5.3.1.5),
 * 998 for a header line (RFC 5322 2.1.1). The bounds leave room for servers that stretch them.
 */
final class BoundedReplyInput extends FilterInputStream {

    /** Longest line accepted, in bytes (line ends not counted). */
    static final int MAX_LINE_BYTES = 8 * 1024;
    /** Longest reply accepted, in bytes: a multi-line reply (TOP headers, EHLO) included. */
    static final int MAX_REPLY_BYTES = 1024 * 1024;
    /**
     * Most messages a STAT may announce. Angus Mail's POP3 folder makes an array slot for each on open (4 to 8 bytes
     * each, so 8 MB at most here); a mailbox past a million messages is not one the check can help with.
     */
    static final int MAX_MESSAGES = 1_000_000;
    /** How much of a STAT reply line is kept to read its count (the count has at most ten digits). */
    private static final int STAT_LINE_BYTES = 64;

    private final Runnable onBreach;
    private long lineBytes;
    private long replyBytes;
    private boolean statPending;
    private final StringBuilder statLine = new StringBuilder();
    private @Nullable ReplyLimitException breach;
    /** Whether the check is waiting for more of a reply right now, or stopped waiting for it at a timeout. */
    private volatile boolean reading;
    private boolean timedOutMidReply;

    /** Reads {@code in} within the bounds; {@code onBreach} runs once when a bound is broken (closes the socket). */
    BoundedReplyInput(InputStream in, Runnable onBreach) {
        super(in);
        this.onBreach = onBreach;
    }

    /** The check sent a command line: a new reply begins. {@code stat}: the command was POP3 STAT. */
    synchronized void commandSent(boolean stat) {
        replyBytes = 0;
        timedOutMidReply = false;
        statPending = stat;
        statLine.setLength(0);
    }

    /**
     * Whether the server began a reply and has not finished it: the check is waiting for the rest (Angus Mail reads
     * only while it expects more of a reply) or stopped waiting at a timeout. A server that drips an endless reply
     * too slowly to reach a bound before the deadline looks like this at the deadline.
     */
    synchronized boolean midReply() {
        return replyBytes > 0 && (reading || timedOutMidReply);
    }

    /** The bound broken so far, or null. */
    synchronized @Nullable ReplyLimitException breach() {
        return breach;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throwIfBroken();
        int n;
        reading = true;
        try {
            n = super.read(b, off, len);
        } catch (SocketTimeoutException e) {
            markTimeout();
            throw e;
        } finally {
            reading = false;
        }
        if (n > 0) {
            check(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(4096, Math.max(0, n))];
        int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
        return Math.max(0, read);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private synchronized void markTimeout() {
        timedOutMidReply = replyBytes > 0;
    }

    private synchronized void throwIfBroken() throws ReplyLimitException {
        if (breach != null) {
            throw new ReplyLimitException(breach.limit(), breach.getMessage());
        }
    }

    private synchronized void check(byte[] b, int off, int n) throws ReplyLimitException {
        for (int i = off; i < off + n; i++) {
            if (++replyBytes > MAX_REPLY_BYTES) {
                fail(ReplyLimitException.Limit.REPLY, "The server's reply is longer than " + MAX_REPLY_BYTES
                        + " bytes; the check stopped reading it");
            }
            if (b[i] == '\n' || b[i] == '\r') {
                lineBytes = 0;
                if (statPending) {
                    statPending = false;
                    checkStat(statLine.toString());
                }
            } else {
                if (++lineBytes > MAX_LINE_BYTES) {
                    fail(ReplyLimitException.Limit.LINE, "The server sent a line longer than " + MAX_LINE_BYTES
                            + " bytes; the check stopped reading it");
                }
                if (statPending && statLine.length() < STAT_LINE_BYTES) {
                    statLine.append((char) (b[i] & 0xff));
                }
            }
        }
    }

    /** Reads the count of {@code +OK count size} as a number, without allocating anything for it. */
    private void checkStat(String line) throws ReplyLimitException {
        String[] words = line.strip().split(" +");
        if (words.length < 2 || !words[0].equalsIgnoreCase("+OK") || !words[1].matches("[0-9]{1,64}")) {
            return; // not a count: Angus Mail reports the reply itself
        }
        String digits = words[1].replaceFirst("^0+(?=.)", "");
        if (digits.length() > 7 || Integer.parseInt(digits) > MAX_MESSAGES) {
            fail(ReplyLimitException.Limit.MESSAGE_COUNT, "The server announced " + digits
                    + " messages (STAT), more than any mailbox holds; the check did not open it");
        }
    }

    private void fail(ReplyLimitException.Limit limit, String message) throws ReplyLimitException {
        breach = new ReplyLimitException(limit, message);
        onBreach.run();
        throw breach;
    }
}
