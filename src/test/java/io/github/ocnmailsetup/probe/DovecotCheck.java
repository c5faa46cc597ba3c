package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Not a test: runs the connection check against a real Dovecot POP3S server (started by
 * {@code src/test/bench/dovecot/run.sh}). SMTP is a small TLS fake here that writes the message into the Maildir,
 * as a local delivery would. Prints the report and whether the Maildir holds the same messages afterwards.
 *
 * <p>Arguments: the Maildir, the POP3S port, optionally the password to type (default abcdefgh).
 */
public final class DovecotCheck {

    private DovecotCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path maildir = Path.of(args[0]);
        String password = args.length > 2 ? args[2] : "abcdefgh";
        try (ServerSocket smtp = TestServers.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                while (!smtp.isClosed()) {
                    try (Socket socket = smtp.accept()) {
                        serve(socket, maildir);
                    } catch (IOException e) {
                        // next connection, or closed
                    }
                }
            }, "maildir-smtps");
            server.setDaemon(true);
            server.start();
            Set<String> before = names(maildir);
            CheckRequest request = TestServers.request(new ServerEndpoint("localhost", Integer.parseInt(args[1])),
                    new ServerEndpoint("localhost", smtp.getLocalPort()), password);
            CheckResult result = new ConnectionCheck(request).run(CheckListener.NONE);
            System.out.println(result.report().render(Locale.ENGLISH));
            Set<String> after = names(maildir);
            System.out.printf(Locale.ROOT, "messages before %d, after %d, identical: %s%n", before.size(), after.size(),
                    before.equals(after));
        }
    }

    /** Maildir file names without their flags: the same message keeps its name when it moves from new to cur. */
    private static Set<String> names(Path maildir) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String folder : new String[] {"new", "cur"}) {
            try (Stream<Path> files = Files.list(maildir.resolve(folder))) {
                files.forEach(f -> names.add(f.getFileName().toString().split(":")[0]));
            }
        }
        return names;
    }

    private static void serve(Socket socket, Path maildir) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        out.write("220 maildir-smtps ready\r\n");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            switch (line.split(" ")[0].toUpperCase(Locale.ROOT)) {
                case "EHLO" -> out.write("250-maildir-smtps\r\n250 AUTH PLAIN LOGIN\r\n");
                case "AUTH" -> out.write("235 2.7.0 Authentication successful\r\n");
                case "DATA" -> {
                    out.write("354 End data with <CR><LF>.<CR><LF>\r\n");
                    out.flush();
                    deliver(in, maildir);
                    out.write("250 2.0.0 Delivered\r\n");
                }
                case "QUIT" -> {
                    out.write("221 2.0.0 Bye\r\n");
                    out.flush();
                    return;
                }
                default -> out.write("250 2.0.0 OK\r\n");
            }
            out.flush();
        }
    }

    private static void deliver(BufferedReader in, Path maildir) throws IOException {
        StringBuilder message = new StringBuilder("Return-Path: <" + TestServers.ADDRESS + ">\r\n");
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        Path tmp = maildir.resolve("tmp").resolve(System.currentTimeMillis() / 1000 + ".check" + System.nanoTime()
                + ".localhost");
        Files.writeString(tmp, message);
        Files.move(tmp, maildir.resolve("new").resolve(tmp.getFileName()));
    }
}
