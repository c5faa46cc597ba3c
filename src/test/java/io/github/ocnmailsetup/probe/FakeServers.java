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

/** Small loopback servers for what GreenMail cannot do: stay silent, say IN-USE, or show what a client sent. */
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
}
