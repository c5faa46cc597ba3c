package io.github.ocnmailsetup.probe;

import java.security.KeyStore;
import javax.net.ssl.SSLContext;

/**
 * Where the check's TLS trust comes from. By default it trusts what the user's mail software would: the JDK's
 * trust store, the operating system's trusted roots (Windows-ROOT on Windows, the keychain on macOS, the
 * system bundle on Linux) and the standard {@code javax.net.ssl.trustStore*} properties when they are set, so
 * that an antivirus product that inspects mail traffic is not reported as an attack. Nothing here trusts every
 * certificate.
 */
public final class TrustSources {

    private TrustSources() {
    }

    /** The JDK's, the operating system's and the configured trust store's roots together. */
    public static SSLContext systemDefault() {
        return TrustStores.systemDefault();
    }

    /** Trusts exactly the certificates in {@code trustStore} (the demo's own, a test keystore). */
    public static SSLContext trusting(KeyStore trustStore) {
        return TrustStores.contextTrusting(trustStore);
    }
}
