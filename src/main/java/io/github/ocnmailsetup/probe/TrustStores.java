package io.github.ocnmailsetup.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collections;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the trust behind {@link TrustSources}: every source's trusted certificates in one PKIX trust store. */
final class TrustStores {

    private static final Logger LOG = LoggerFactory.getLogger(TrustStores.class);
    private static final Path LINUX_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    private TrustStores() {
    }

    static SSLContext systemDefault() {
        KeyStore all = emptyStore();
        int added = addAll(all, "jdk", jdkStore());
        String configured = System.getProperty("javax.net.ssl.trustStore");
        if (configured != null && !configured.isBlank() && !"NONE".equals(configured)) {
            added += addAll(all, "configured", configuredStore(configured));
        }
        added += addAll(all, "os", operatingSystemStore());
        LOG.debug("Trusting {} certificates from the JDK, the system and the configured trust store", added);
        return contextTrusting(all);
    }

    static SSLContext contextTrusting(KeyStore trustStore) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS trust", e);
        }
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot create an in-memory trust store", e);
        }
    }

    private static int addAll(KeyStore target, String prefix, @Nullable KeyStore source) {
        if (source == null) {
            return 0;
        }
        int added = 0;
        try {
            for (String alias : Collections.list(source.aliases())) {
                Certificate certificate = source.getCertificate(alias);
                if (certificate != null) {
                    target.setCertificateEntry(prefix + "-" + added + "-" + alias, certificate);
                    added++;
                }
            }
        } catch (GeneralSecurityException e) {
            LOG.warn("Could not read the {} trust store: {}", prefix, e.toString());
        }
        return added;
    }

    private static @Nullable KeyStore jdkStore() {
        Path security = Path.of(System.getProperty("java.home"), "lib", "security");
        Path jsse = security.resolve("jssecacerts");
        return load(Files.isRegularFile(jsse) ? jsse : security.resolve("cacerts"), KeyStore.getDefaultType(), null);
    }

    private static @Nullable KeyStore configuredStore(String file) {
        String type = System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType());
        String password = System.getProperty("javax.net.ssl.trustStorePassword");
        return load(Path.of(file), type, password == null ? null : password.toCharArray());
    }

    private static @Nullable KeyStore operatingSystemStore() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return builtIn("Windows-ROOT");
        }
        if (os.startsWith("mac")) {
            KeyStore roots = builtIn("KeychainStore-ROOT");
            return roots != null ? roots : builtIn("KeychainStore");
        }
        return Files.isReadable(LINUX_BUNDLE) ? pemBundle(LINUX_BUNDLE) : null;
    }

    private static @Nullable KeyStore builtIn(String type) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            LOG.debug("No {} trust store here: {}", type, e.toString());
            return null;
        }
    }

    private static @Nullable KeyStore pemBundle(Path file) {
        KeyStore store = emptyStore();
        try (InputStream in = Files.newInputStream(file)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("pem-" + i++, certificate);
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            LOG.warn("Could not read the system certificate bundle {}: {}", file, e.toString());
            return null;
        }
    }

    private static @Nullable KeyStore load(Path file, String type, char @Nullable [] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            LOG.warn("Could not read the trust store {}: {}", file, e.toString());
            return null;
        }
    }
}
