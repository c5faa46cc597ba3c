package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.app.demo.DemoServer;
import io.github.ocnmailsetup.cli.Cli;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;

/**
 * {@code --train-cache}: what the installer's training run (src/packaging/AotTraining.java) records into the
 * start-up (AOT) cache. It opens the wizard to its first page exactly as a double-click does, then runs the
 * {@code check} command against the embedded demo server with the demo account (never a user's data) and ends the
 * process: one launcher has one cache, so one run covers both the first page and a check (issue 16,
 * docs/performance.md).
 */
final class CacheTraining {

    private static final char[] TRUST_PASSWORD = "ocn-demo".toCharArray();

    private CacheTraining() {
    }

    static int run(AppFolders folders) {
        StartupMeasure.startWatchdog();
        int exit = WizardStart.start(folders, new String[0], () -> {
            System.out.println("first-page-ms " + StartupMeasure.processAgeMillis());
            Thread check = new Thread(() -> Runtime.getRuntime().halt(demoCheck()), "cache-training-check");
            check.start(); // the FX thread stays free, as when a user runs a check beside the window
        });
        return exit == WizardStart.OK ? WizardStart.PROBLEM : exit; // reaching here means no page showed
    }

    /** The {@code check} command, as support staff type it, against the demo server; its exit code. */
    static int demoCheck() {
        try (DemoServer server = DemoServer.start()) {
            // The command's trust is the system's plus javax.net.ssl.trustStore: here the demo's certificate.
            Path trust = Files.createTempFile("ocn-training-trust-", ".p12");
            try {
                try (OutputStream out = Files.newOutputStream(trust)) {
                    server.certificates().store(out, TRUST_PASSWORD);
                }
                System.setProperty("javax.net.ssl.trustStore", trust.toString());
                System.setProperty("javax.net.ssl.trustStorePassword", new String(TRUST_PASSWORD));
                System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
                OcnSettings demo = server.settings();
                byte[] password = (DemoServer.ACCOUNT.password() + "\n").getBytes(StandardCharsets.UTF_8);
                PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                int exit = new Cli(new Cli.CliContext(new ByteArrayInputStream(password), quiet, quiet,
                        Locale.JAPANESE)).run("check", "--email", DemoServer.ACCOUNT.address(), "--password-stdin",
                        "--pop-server", demo.pop().host() + ":" + demo.pop().port(),
                        "--smtp-server", demo.smtp().host() + ":" + demo.smtp().port());
                System.out.println("training check exit " + exit);
                return exit;
            } finally {
                Files.deleteIfExists(trust);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            System.err.println("cache training: the demo check did not run: " + e);
            return 1;
        }
    }
}
