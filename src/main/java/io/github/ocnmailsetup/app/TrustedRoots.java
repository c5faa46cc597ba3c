package io.github.ocnmailsetup.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Counts the trusted root certificates the app can see: the runtime's own trust store, and the operating
 * system's (Windows-ROOT on Windows, the Keychain on macOS, the CA bundle on Linux). Part of {@code --self-check}.
 */
final class TrustedRoots {

    /** Debian and Ubuntu keep the system's roots here (package ca-certificates). */
    static final Path LINUX_CA_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    private TrustedRoots() {
    }

    /** A one-line description of what loaded; throws when the runtime trusts no root at all. */
    static String describe() throws IOException, GeneralSecurityException {
        int runtime = runtimeRoots();
        if (runtime == 0) {
            throw new IllegalStateException("the runtime's default trust manager trusts no root");
        }
        return "runtime " + runtime + ", " + systemRoots(System.getProperty("os.name", ""));
    }

    static int runtimeRoots() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        int count = 0;
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                count += x509.getAcceptedIssuers().length;
            }
        }
        return count;
    }

    static String systemRoots(String osName) throws IOException, GeneralSecurityException {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return keyStore("Windows-ROOT");
        }
        if (os.startsWith("mac")) {
            // Java 23 and later read the system roots as KeychainStore-ROOT; older ones only the user's keychain.
            return Security.getAlgorithms("KeyStore").contains("KEYCHAINSTORE-ROOT")
                    ? keyStore("KeychainStore-ROOT") : keyStore("KeychainStore");
        }
        if (Files.isReadable(LINUX_CA_BUNDLE)) {
            try (InputStream in = Files.newInputStream(LINUX_CA_BUNDLE)) {
                int count = CertificateFactory.getInstance("X.509").generateCertificates(in).size();
                return LINUX_CA_BUNDLE + " " + count;
            }
        }
        return "no system CA bundle at " + LINUX_CA_BUNDLE;
    }

    private static String keyStore(String type) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        return type + " " + store.size();
    }
}
