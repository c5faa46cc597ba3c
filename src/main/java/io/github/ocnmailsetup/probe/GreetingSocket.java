package io.github.ocnmailsetup.probe;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * A TLS socket that remembers the first line the server sent (its greeting, {@code +OK ...} or {@code 220 ...}),
 * for the support report, and bounds every read from the server ({@link BoundedReplyInput}). Everything else goes
 * straight to the JSSE socket it wraps; only the greeting is kept, never anything the client sends.
 */
final class GreetingSocket extends DelegatingSslSocket {

    private static final int MAX_GREETING = 200;

    private final ByteArrayOutputStream greeting = new ByteArrayOutputStream();
    private volatile boolean greetingDone;
    private @Nullable BoundedReplyInput bounded;
    private @Nullable InputStream input;
    private @Nullable OutputStream output;

    GreetingSocket(SSLSocket tls) {
        super(tls);
    }

    /** The server's first line, control characters made visible ({@link ServerText}), or null if it sent none. */
    @Nullable String greeting() {
        synchronized (greeting) {
            String line = greeting.toString(StandardCharsets.US_ASCII).strip();
            return line.isEmpty() ? null : ServerText.visible(line);
        }
    }

    /** The bound the server broke on this connection, or null. */
    synchronized @Nullable ReplyLimitException replyLimitBreach() {
        return bounded == null ? null : bounded.breach();
    }

    /** Whether the server began a reply on this connection and has not finished it ({@link BoundedReplyInput}). */
    synchronized boolean midReply() {
        return bounded != null && bounded.midReply();
    }

    /** The TLS session once the handshake is done. */
    SSLSession tlsSession() {
        return tls.getSession();
    }

    /**
     * A server that drops the connection during the handshake (the first reply to the ClientHello is a TCP reset, or
     * the end of the stream before any TLS record) makes JSSE throw a plain {@link java.net.SocketException} or
     * {@link java.io.EOFException}, which says nothing about TLS. Here it is still known that the handshake was
     * under way, so it is reported as the failed handshake it is ({@code TLS_HANDSHAKE_FAILED}), not as a server
     * error to wait out. A timeout stays what it is (the server went silent).
     */
    @Override
    public void startHandshake() throws IOException {
        try {
            super.startHandshake();
        } catch (SSLException | SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            SSLHandshakeException closed = new SSLHandshakeException(
                    "The server closed the connection during the TLS handshake: " + e);
            closed.initCause(e);
            throw closed;
        }
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new GreetingInput(bounded());
        }
        return input;
    }

    @Override
    public synchronized OutputStream getOutputStream() throws IOException {
        if (output == null) {
            output = new CommandWatchingOutput(tls.getOutputStream(), bounded());
        }
        return output;
    }

    private BoundedReplyInput bounded() throws IOException {
        if (bounded == null) {
            bounded = new BoundedReplyInput(tls.getInputStream(), this::closeQuietly);
        }
        return bounded;
    }

    private void closeQuietly() {
        try {
            tls.close();
        } catch (IOException e) {
            // Stopping a server that sends too much: the read fails either way.
        }
    }

    private void record(byte[] bytes, int offset, int length) {
        if (greetingDone || length <= 0) {
            return;
        }
        synchronized (greeting) {
            for (int i = offset; i < offset + length && !greetingDone; i++) {
                if (bytes[i] == '\n' || greeting.size() >= MAX_GREETING) {
                    greetingDone = true;
                } else {
                    greeting.write(bytes[i]);
                }
            }
        }
    }

    private final class GreetingInput extends FilterInputStream {

        GreetingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                record(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            record(b, off, n);
            return n;
        }
    }
}
