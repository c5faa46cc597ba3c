package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.ServerEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * Reads the certificate a server presents, after the check refused it, so the user and support can see whom it
 * names, who issued it and when it is valid. It opens one more TLS connection whose trust manager writes the
 * certificate down and then refuses it: it trusts nothing, no data is exchanged and no login is attempted.
 */
final class CertificateInspector {

    private CertificateInspector() {
    }

    /** The server's own certificate, or null when it cannot be read in time. */
    static @Nullable CertificateDetails inspect(ServerEndpoint server, int timeoutMillis) {
        AtomicReference<X509Certificate> seen = new AtomicReference<>();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new RecordAndRefuse(seen)}, null);
            try (Socket plain = new Socket()) {
                plain.connect(new InetSocketAddress(server.host(), server.port()), timeoutMillis);
                plain.setSoTimeout(timeoutMillis);
                try (SSLSocket tls = (SSLSocket) context.getSocketFactory()
                        .createSocket(plain, server.host(), server.port(), false)) {
                    tls.startHandshake();
                }
            }
        } catch (IOException | GeneralSecurityException expected) {
            // The handshake always fails: the trust manager refuses every certificate.
        }
        X509Certificate certificate = seen.get();
        return certificate == null ? null : details(certificate);
    }

    /**
     * The details of one certificate. Its names are the server's words: a self-made certificate can put a line
     * break, a fake sentence or a terminal escape in them, so their control characters are made visible here,
     * before anything shows them.
     */
    static CertificateDetails details(X509Certificate certificate) {
        return new CertificateDetails(
                ServerText.visible(certificate.getSubjectX500Principal().getName()),
                ServerText.visible(certificate.getIssuerX500Principal().getName()),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                fingerprint(certificate));
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            return "?";
        }
    }

    /** Writes down the server's certificate, then refuses it. It never trusts anything. */
    private static final class RecordAndRefuse implements X509TrustManager {

        private final AtomicReference<X509Certificate> seen;

        RecordAndRefuse(AtomicReference<X509Certificate> seen) {
            this.seen = seen;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain != null && chain.length > 0) {
                seen.set(chain[0]);
            }
            throw new CertificateException("Only inspecting the certificate; it is not trusted");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("Not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
