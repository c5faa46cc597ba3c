package io.github.ocnmailsetup.probe;

import static io.github.ocnmailsetup.probe.TestServers.ADDRESS;
import static io.github.ocnmailsetup.probe.TestServers.PASSWORD;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: a benchmark of the connection check (docs/performance.md says how to run it). Against two local
 * GreenMail servers over TLS, one with an empty mailbox and one with 5,000 messages, it reports the median time
 * of the whole check in a warm JVM, the first check's time in a fresh JVM, the median of each step, and the median
 * time curl takes for the same SMTPS send and POP3S retrieval against the empty server, all in the same run and
 * interleaved so that the machine's load affects each the same way.
 *
 * <p>Arguments: number of measured rounds (default 21), warm-up rounds (default 5). System properties:
 * {@code -Dbench.prepare=true} calls {@link ConnectionCheck#prepare()} before the first check;
 * {@code -Docnsetup.probe.nodelay=false} and {@code -Docnsetup.probe.capa=true} measure without TCP_NODELAY and
 * with POP3 CAPA.
 */
public final class ConnectionCheckBenchmark {

    private static final int MAILBOX_SIZE = 5000;
    private static final String CURL = "/usr/bin/curl";

    private ConnectionCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // What surefire sets for the tests: GreenMail serves the test certificate (SAN localhost, 127.0.0.1).
        System.setProperty("greenmail.tls.keystore.file", TestServers.KEYSTORE.toAbsolutePath().toString());
        System.setProperty("greenmail.tls.keystore.password", new String(TestServers.KEYSTORE_PASSWORD));
        GreenMail empty = TestServers.greenMail("127.0.0.1");
        GreenMail full = TestServers.greenMail("127.0.0.1");
        try {
            GreenMailUser emptyUser = TestServers.user(empty, PASSWORD);
            TestServers.fill(TestServers.user(full, PASSWORD), MAILBOX_SIZE);
            Path pem = certificatePem();
            Path message = testMessage();
            System.out.printf(Locale.ROOT, "TCP_NODELAY=%s, java %s, %d cores%n", TlsSocketFactory.NO_DELAY,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

            if (Boolean.getBoolean("bench.prepare")) {
                long start = System.nanoTime();
                ConnectionCheck.prepare();
                System.out.printf(Locale.ROOT, "ConnectionCheck.prepare(): %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
            CheckResult first = check(empty);
            System.out.printf(Locale.ROOT, "first check in this JVM (first-use costs included): %d ms %s%n",
                    first.totalMillis(), steps(first));

            for (int i = 0; i < warmUp; i++) {
                check(empty);
                check(full);
                curl(empty, emptyUser, pem, message);
            }
            List<Long> emptyTimes = new ArrayList<>();
            List<Long> fullTimes = new ArrayList<>();
            List<Long> curlTimes = new ArrayList<>();
            Map<CheckStep, List<Long>> emptySteps = new EnumMap<>(CheckStep.class);
            Map<CheckStep, List<Long>> fullSteps = new EnumMap<>(CheckStep.class);
            for (int i = 0; i < rounds; i++) {
                CheckResult e = check(empty);
                CheckResult f = check(full);
                emptyTimes.add(e.totalMillis());
                fullTimes.add(f.totalMillis());
                collect(e, emptySteps);
                collect(f, fullSteps);
                curlTimes.add(curl(empty, emptyUser, pem, message));
            }
            long emptyMedian = median(emptyTimes);
            long fullMedian = median(fullTimes);
            long curlMedian = median(curlTimes);
            System.out.printf(Locale.ROOT, "rounds %d (after %d warm-up rounds)%n", rounds, warmUp);
            System.out.printf(Locale.ROOT, "check, empty mailbox:   median %4d ms  %s%n", emptyMedian, medians(emptySteps));
            System.out.printf(Locale.ROOT, "check, 5,000 messages:  median %4d ms  %s%n", fullMedian, medians(fullSteps));
            System.out.printf(Locale.ROOT, "curl send + retrieve:   median %4d ms (two processes)%n", curlMedian);
            System.out.printf(Locale.ROOT, "ratio 5,000 / empty: %.2f (target <= 1.2)%n", (double) fullMedian / emptyMedian);
            System.out.printf(Locale.ROOT, "ratio check / curl:  %.2f (target <= 1.5)%n", (double) emptyMedian / curlMedian);
        } finally {
            empty.stop();
            full.stop();
        }
    }

    private static CheckResult check(GreenMail server) {
        CheckResult result = new ConnectionCheck(TestServers.request(server, PASSWORD)).run(CheckListener.NONE);
        if (!result.ok()) {
            throw new IllegalStateException("The check failed:\n" + result.report());
        }
        return result;
    }

    /** curl sends the same kind of message over SMTPS, then retrieves it over POP3S; the mailbox is emptied after. */
    private static long curl(GreenMail server, GreenMailUser user, Path pem, Path message) throws Exception {
        String credentials = ADDRESS + ":" + PASSWORD;
        long start = System.nanoTime();
        run(CURL, "-sS", "--cacert", pem.toString(), "--url", "smtps://localhost:" + server.getSmtps().getPort(),
                "--mail-from", ADDRESS, "--mail-rcpt", ADDRESS, "--user", credentials, "-T", message.toString());
        run(CURL, "-sS", "-o", "/dev/null", "--cacert", pem.toString(), "--user", credentials,
                "pop3s://localhost:" + server.getPop3s().getPort() + "/1");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        server.getManagers().getImapHostManager().getInbox(user).deleteAllMessages();
        return millis;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("curl failed: " + String.join(" ", command));
        }
    }

    private static Path certificatePem() throws Exception {
        var store = TestServers.keyStore();
        Certificate certificate = store.getCertificate(store.aliases().nextElement());
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                        certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Path file = File.createTempFile("ocn-bench-cert", ".pem").toPath();
        file.toFile().deleteOnExit();
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }

    private static Path testMessage() throws IOException {
        Path file = File.createTempFile("ocn-bench-message", ".eml").toPath();
        file.toFile().deleteOnExit();
        Files.writeString(file, "From: " + ADDRESS + "\r\nTo: " + ADDRESS + "\r\nSubject: curl test\r\n"
                + "Message-ID: <curl-bench@abc.ocn.ne.jp>\r\n\r\nThe same kind of short test message.\r\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    private static void collect(CheckResult result, Map<CheckStep, List<Long>> into) {
        for (StepResult step : result.steps()) {
            into.computeIfAbsent(step.step(), s -> new ArrayList<>()).add(step.millis());
        }
    }

    private static String medians(Map<CheckStep, List<Long>> steps) {
        StringBuilder text = new StringBuilder();
        steps.forEach((step, times) -> text.append(step.id()).append(' ').append(median(times)).append(" ms  "));
        return text.toString().strip();
    }

    private static String steps(CheckResult result) {
        StringBuilder text = new StringBuilder("(");
        for (StepResult step : result.steps()) {
            text.append(step.step().id()).append(' ').append(step.millis()).append(" ms ");
        }
        return text.toString().strip() + ")";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
