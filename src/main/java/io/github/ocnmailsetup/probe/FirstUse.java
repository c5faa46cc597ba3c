package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work a fresh JVM does the first time it runs a check (loading and initialising TLS, mail and MIME classes),
 * done ahead of time and without any network traffic. It does not read the trust stores: the caller reads them
 * meanwhile ({@link TrustSources#systemDefault()}), so that the two halves use two processor cores instead of one
 * after the other (docs/performance.md); the rehearsal's own TLS context trusts nothing. docs/architecture.md,
 * "First TLS in a fresh JVM": in a fresh JVM the first TLS work costs several hundred milliseconds, the protocol
 * itself far less.
 */
final class FirstUse {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(FirstUse.class);
    }

    private FirstUse() {
    }

    static void prepare() {
        long start = System.nanoTime();
        try {
            SSLContext trustsNothing = SSLContext.getInstance("TLS");
            trustsNothing.init(null, new TrustManager[0], null); // the JDK then refuses every certificate
            OcnSettings ocn = OcnSettings.bundled();
            buildClientHello(trustsNothing, ocn.pop().port());
            TlsSocketFactory sockets = new TlsSocketFactory(trustsNothing);
            MailSessions.pop3s(sockets, 1000).getStore("pop3s");
            MailSessions.smtps(sockets, 1000, "[127.0.0.1]").getTransport("smtps");
            TestMessage message = TestMessage.forAddress(new OcnAddress("prepare", ocn.ocnDomain()));
            message.toMime(MailSessions.smtps(sockets, 1000, "[127.0.0.1]")).writeTo(OutputStream.nullOutputStream());
            message.matches(new InternetHeaders(new ByteArrayInputStream(
                    "Subject: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII))));
            for (FailureKind kind : FailureKind.values()) {
                kind.explanation().in(Locale.JAPANESE);
                kind.explanation().in(Locale.ENGLISH);
            }
        } catch (MessagingException | IOException | GeneralSecurityException | RuntimeException e) {
            log().debug("Preparing the connection check did not finish: {}", e.toString());
        }
        log().debug("Connection check prepared in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Makes a TLS ClientHello in memory: key shares, extensions and the TLS engine's classes, no socket. */
    private static void buildClientHello(SSLContext context, int port) throws SSLException {
        SSLEngine engine = context.createSSLEngine("localhost", port);
        engine.setUseClientMode(true);
        engine.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        engine.closeOutbound();
    }
}
