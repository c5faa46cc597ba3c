package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Small loopback servers for what GreenMail cannot do: stay silent, say IN-USE, show what a client sent, or
 * misbehave on demand (endless replies, absurd counts, echoed secrets, failed TLS handshakes).
 */
final class FakeServers {

    private FakeServers() {
    }

    /** Accepts connections and never says a word. */
    static final class Silent implements Closeable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        Silent() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-server");
            accept.setDaemon(true);
            accept.start();
        }

        ServerEndpoint endpoint() {
            return new ServerEndpoint("localhost", server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /** A POP3-over-TLS server that answers each command line with what {@code script} says. */
    static final class ScriptedPop3s implements Closeable {

        private final ServerSocket server;
        final List<String> commands = new CopyOnWriteArrayList<>();

        ScriptedPop3s(Function<String, String> script) throws IOException {
            server = TestServers.serverContext().getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        serve(socket, script);
                    } catch (IOException e) {
                        // next connection
                    }
                }
            }, "scripted-pop3s");
            accept.setDaemon(true);
            accept.start();
        }

        private void serve(Socket socket, Function<String, String> script) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.print("+OK fake POP3 server ready\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                commands.add(line);
                out.print(script.apply(line));
                out.flush();
                if (line.equalsIgnoreCase("QUIT")) {
                    return;
                }
            }
        }

        ServerEndpoint endpoint() {
            return new ServerEndpoint("localhost", server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /**
     * Ends TLS with the test certificate and passes the plain bytes on to {@code upstream}, writing down every line
     * the client sent: the only way to see which POP3 commands a client used over TLS.
     */
    static final class RecordingTlsProxy implements Closeable {

        private final ServerSocket server;
        private final int upstreamPort;
        final List<String> clientLines = new CopyOnWriteArrayList<>();

        RecordingTlsProxy(int upstreamPort) throws IOException {
            this.upstreamPort = upstreamPort;
            server = TestServers.serverContext().getServerSocketFactory()
                    .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(this::acceptLoop, "recording-proxy");
            accept.setDaemon(true);
            accept.start();
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    client.setTcpNoDelay(true);
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                    upstream.setTcpNoDelay(true);
                    pump(upstream.getInputStream(), client.getOutputStream(), null, client, upstream);
                    pump(client.getInputStream(), upstream.getOutputStream(), clientLines, client, upstream);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void pump(InputStream from, OutputStream to, List<String> record, Socket a, Socket b) {
            Thread thread = new Thread(() -> {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                try {
                    for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                        if (record != null) {
                            for (int i = 0; i < n; i++) {
                                if (buffer[i] == '\n') {
                                    record.add(line.toString(StandardCharsets.US_ASCII).strip());
                                    line.reset();
                                } else {
                                    line.write(buffer[i]);
                                }
                            }
                        }
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                } catch (IOException e) {
                    // one side closed
                } finally {
                    closeQuietly(a);
                    closeQuietly(b);
                }
            }, "proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        ServerEndpoint endpoint() {
            return new ServerEndpoint("localhost", server.getLocalPort());
        }

        /** The commands the client sent (the first word of each line, upper case), in order. */
        List<String> verbs() {
            return clientLines.stream().map(l -> l.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT)).toList();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }
    }

    /** What a misbehaving server does with one connection: reads what it likes and writes what it likes. */
    @FunctionalInterface
    interface Conversation {
        void talk(InputStream in, OutputStream out) throws IOException;
    }

    /** Thrown by a {@link Conversation} to end its connection with a TCP reset. */
    static final class Reset extends IOException {
        Reset() {
            super("reset");
        }
    }

    /**
     * A server on loopback that runs {@code conversation} on every connection, each on its own thread, over TLS with
     * the given server context or, with a null context, over plain TCP (to play a broken TLS handshake by hand).
     */
    static final class Misbehaving implements Closeable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        Misbehaving(javax.net.ssl.SSLContext context, Conversation conversation) throws IOException {
            this(context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                    conversation);
        }

        static Misbehaving plainTcp(Conversation conversation) throws IOException {
            return new Misbehaving(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), conversation);
        }

        private Misbehaving(ServerSocket server, Conversation conversation) throws IOException {
            this.server = server;
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        held.add(socket);
                        Thread talk = new Thread(() -> talk(socket, conversation), "misbehaving-talk");
                        talk.setDaemon(true);
                        talk.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "misbehaving-server");
            accept.setDaemon(true);
            accept.start();
        }

        private static void talk(Socket socket, Conversation conversation) {
            try (socket) {
                try {
                    conversation.talk(socket.getInputStream(), socket.getOutputStream());
                } catch (Reset reset) {
                    socket.setSoLinger(true, 0); // the close that follows is a TCP reset, not an orderly end
                }
            } catch (IOException e) {
                // the client went away: what misbehaving servers see all day
            }
        }

        ServerEndpoint endpoint() {
            return new ServerEndpoint("localhost", server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    /** Writes {@code text} (ISO-8859-1, so any byte can be sent) and flushes. */
    static void say(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads one line the client sent, without its line end; null at the end of the stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).strip();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends {@code chunk} again and again until the client stops reading or goes away. */
    static void forever(OutputStream out, String chunk) throws IOException {
        byte[] bytes = chunk.repeat(Math.max(1, 8192 / Math.max(1, chunk.length())))
                .getBytes(StandardCharsets.ISO_8859_1);
        while (true) {
            out.write(bytes);
            out.flush();
        }
    }
}
