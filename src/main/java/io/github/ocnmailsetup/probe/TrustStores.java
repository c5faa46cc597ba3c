package io.github.ocnmailsetup.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the trust behind {@link TrustSources}: every source's trusted certificates in one PKIX trust store. The
 * default is built once per JVM (again if the {@code javax.net.ssl.trustStore} properties change): reading the
 * stores costs hundreds of milliseconds in a fresh JVM.
 */
final class TrustStores {

    private record Cached(String key, SSLContext context) {
    }

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(TrustStores.class);
    }
    private static volatile @Nullable Cached cache;

    private TrustStores() {
    }

    /** Synchronized: when a warm-up thread and the check ask at once, the stores are read once, not twice. */
    static synchronized SSLContext systemDefault() {
        String key = System.getProperty("javax.net.ssl.trustStore", "") + "|"
                + System.getProperty("javax.net.ssl.trustStoreType", "");
        Cached cached = cache;
        if (cached != null && cached.key().equals(key)) {
            return cached.context();
        }
        SSLContext context = build();
        cache = new Cached(key, context);
        return context;
    }

    private static SSLContext build() {
        KeyStore jdk = jdkStore();
        KeyStore configured = null;
        String file = System.getProperty("javax.net.ssl.trustStore");
        if (file != null && !file.isBlank() && !"NONE".equals(file)) {
            configured = configuredStore(file);
        }
        KeyStore os = operatingSystemStore();
        if (configured == null && os == null && jdk != null) {
            // Linux: the JDK's store is the distribution's (Debian builds it from /etc/ssl/certs), nothing to add.
            return contextTrusting(jdk);
        }
        KeyStore all = emptyStore();
        int added = addAll(all, "jdk", jdk) + addAll(all, "configured", configured) + addAll(all, "os", os);
        log().debug("Trusting {} certificates from the JDK, the system and the configured trust store", added);
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
            KeyStore store = KeyStore.getInstance("JKS"); // in memory only; JKS fills faster than PKCS12
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
            log().warn("Could not read the {} trust store: {}", prefix, e.toString());
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
        return linuxSystemStore();
    }

    /**
     * A distribution's JDK reads the system's roots (Debian links its cacerts to /etc/ssl/certs/java/cacerts),
     * but the runtime bundled with the installer has its own list: then a root the user or their antivirus
     * added to the system would be missing. So the system's Java bundle is added when it is another file.
     */
    private static @Nullable KeyStore linuxSystemStore() {
        Path jdkStore = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        for (String candidate : new String[] {"/etc/ssl/certs/java/cacerts", "/etc/pki/java/cacerts"}) {
            Path system = Path.of(candidate);
            if (!Files.isRegularFile(system)) {
                continue;
            }
            try {
                if (Files.exists(jdkStore) && Files.isSameFile(system, jdkStore)) {
                    return null;
                }
                return KeyStore.getInstance(system.toFile(), "changeit".toCharArray());
            } catch (IOException | GeneralSecurityException e) {
                log().warn("Cannot read the system trust store {}: {}", system, e.toString());
                return null;
            }
        }
        return null;
    }

    private static @Nullable KeyStore builtIn(String type) {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            log().debug("No {} trust store here: {}", type, e.toString());
            return null;
        }
    }

    private static @Nullable KeyStore load(Path file, String type, char @Nullable [] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            log().warn("Could not read the trust store {}: {}", file, e.toString());
            return null;
        }
    }
}
