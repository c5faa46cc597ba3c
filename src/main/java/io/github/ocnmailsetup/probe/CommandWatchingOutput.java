package io.github.ocnmailsetup.probe;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the check writes to a server, passed on unchanged; at the end of each command line it tells the
 * {@link BoundedReplyInput} that a new reply begins, and whether the command was POP3 {@code STAT}. It keeps no
 * byte of what is written (the password goes through here): only its place in the line and whether the line so
 * far reads {@code STAT}.
 */
final class CommandWatchingOutput extends FilterOutputStream {

    private static final byte[] STAT = {'S', 'T', 'A', 'T'};

    private final BoundedReplyInput replies;
    private int column;
    private boolean statSoFar = true;

    CommandWatchingOutput(OutputStream out, BoundedReplyInput replies) {
        super(out);
        this.replies = replies;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        watch((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            watch(b[i]);
        }
    }

    private void watch(byte b) {
        if (b == '\n') {
            replies.commandSent(statSoFar && column >= STAT.length);
            column = 0;
            statSoFar = true;
            return;
        }
        if (column < STAT.length) {
            statSoFar &= Character.toUpperCase((char) (b & 0xff)) == STAT[column];
        } else if (b != '\r' && b != ' ') {
            statSoFar = false;
        }
        column++;
    }
}
