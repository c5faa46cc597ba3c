package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.FakeServers.forever;
import static io.github.ocnmailsetup.probe.FakeServers.readLine;
import static io.github.ocnmailsetup.probe.FakeServers.say;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/** Conversations for {@link FakeServers.Misbehaving}: well-behaved around the one thing each test breaks. */
final class Conversations {

    private Conversations() {
    }

    /** A POP3 server with one message, which answers {@code TOP} with {@code top}: any login works. */
    static FakeServers.Conversation popWithOneMessage(FakeServers.Conversation top) {
        return (in, out) -> {
            say(out, "+OK ready\r\n");
            for (String line = readLine(in); line != null; line = readLine(in)) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("STAT")) {
                    say(out, "+OK 1 100\r\n");
                } else if (command.startsWith("UIDL")) {
                    say(out, "+OK 1 uid-1\r\n");
                } else if (command.startsWith("TOP")) {
                    say(out, "+OK\r\n");
                    top.talk(in, out);
                } else {
                    say(out, "+OK\r\n");
                }
            }
        };
    }

    /** Header lines without end, as fast as the client reads them. */
    static void endlessHeaders(InputStream in, OutputStream out) throws IOException {
        forever(out, "X-Filler: " + "y".repeat(60) + "\r\n");
    }

    /** Header lines without end, ten a second: too slow to reach a read bound before the deadline. */
    static void drippedHeaders(InputStream in, OutputStream out) throws IOException {
        while (true) {
            say(out, "X-Drip: y\r\n");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    /** Reads the ClientHello (or its start) and answers {@code answer}, raw bytes; then the connection closes. */
    static FakeServers.Conversation answerClientHello(byte[] answer) {
        return (in, out) -> {
            in.read(new byte[16 * 1024]);
            out.write(answer);
            out.flush();
        };
    }

    /**
     * Reads the start of the ClientHello and resets the connection, which JSSE reports as a plain
     * "Connection reset", not as a TLS error.
     */
    static void resetInTheHandshake(InputStream in, OutputStream out) throws IOException {
        in.read();
        throw new FakeServers.Reset();
    }

    /** An SMTP server that takes any login and any message. */
    static void acceptingSmtp(InputStream in, OutputStream out) throws IOException {
        say(out, "220 fake ready\r\n");
        for (String line = readLine(in); line != null; line = readLine(in)) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO")) {
                say(out, "250-fake\r\n250 AUTH PLAIN\r\n");
            } else if (command.equals("AUTH PLAIN")) {
                say(out, "334 \r\n");
                readLine(in);
                say(out, "235 ok\r\n");
            } else if (command.startsWith("AUTH")) {
                say(out, "235 ok\r\n");
            } else if (command.equals("DATA")) {
                say(out, "354 go on\r\n");
                for (String data = readLine(in); data != null && !data.equals("."); data = readLine(in)) {
                    // the test message
                }
                say(out, "250 queued\r\n");
            } else if (command.equals("QUIT")) {
                say(out, "221 bye\r\n");
                return;
            } else {
                say(out, "250 ok\r\n");
            }
        }
    }
}
