package io.github.ocnmailsetup.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * The check's TLS socket factory. It wraps the caller's {@link SSLContext} (so trust and hostname verification
 * stay exactly as configured) and adds four things: TCP_NODELAY, because each POP3 or SMTP exchange is a small
 * write followed by a read and Nagle's algorithm with delayed ACKs adds about 40 ms to each; a record of every
 * socket, so {@link #closeAll()} can stop a check from another thread; the last TLS socket, for the report; and
 * bounds on every read from the server ({@link GreetingSocket}, {@link BoundedReplyInput}).
 *
 * <p>Angus Mail connects a plain socket itself and then asks this factory to layer TLS over it
 * ({@link #createSocket(Socket, String, int, boolean)}).
 */
final class TlsSocketFactory extends SSLSocketFactory {

    /**
     * TCP_NODELAY on every connection; the benchmark turns it off with {@code -Docnsetup.probe.nodelay=false}
     * to measure what it saves.
     */
    static final boolean NO_DELAY = !"false".equals(System.getProperty("ocnsetup.probe.nodelay"));

    private final SSLSocketFactory delegate;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile @Nullable GreetingSocket last;

    TlsSocketFactory(SSLContext context) {
        this.delegate = context.getSocketFactory();
    }

    @Override
    public Socket createSocket(Socket plain, String host, int port, boolean autoClose) throws IOException {
        register(plain);
        plain.setTcpNoDelay(NO_DELAY);
        return register(bounded(delegate.createSocket(plain, host, port, autoClose)));
    }

    @Override
    public Socket createSocket() throws IOException {
        return register(bounded(noDelay(delegate.createSocket())));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return register(bounded(noDelay(delegate.createSocket(host, port))));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return register(bounded(noDelay(delegate.createSocket(host, port, localHost, localPort))));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return register(bounded(noDelay(delegate.createSocket(host, port))));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return register(bounded(noDelay(delegate.createSocket(address, port, localAddress, localPort))));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    /** The TLS socket made last, with its session and the server's first line; null before the first. */
    @Nullable GreetingSocket lastSocket() {
        return last;
    }

    /** Whether the last connection's server began a reply and has not finished it (see {@link GreetingSocket}). */
    boolean lastMidReply() {
        GreetingSocket socket = last;
        return socket != null && socket.midReply();
    }

    /** Closes every socket made so far and any made later: a cancelled check stops reading at once. */
    void closeAll() {
        closed = true;
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    private Socket register(Socket socket) throws IOException {
        sockets.add(socket);
        if (closed) {
            closeQuietly(socket);
            throw new IOException("The check was cancelled");
        }
        return socket;
    }

    /**
     * The TLS socket wrapped so that every read from the server is bounded and its greeting kept. Angus Mail uses the
     * layering method above; the others wrap too, so no way through this factory leaves a read unbounded.
     */
    private GreetingSocket bounded(Socket tls) {
        GreetingSocket socket = new GreetingSocket((SSLSocket) tls);
        last = socket;
        return socket;
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(NO_DELAY);
        return socket;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException | RuntimeException e) {
            // Closing to cancel: nothing useful to do if it fails.
        }
    }
}
