package io.github.ocnmailsetup.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * One TLS 1.3 handshake over loopback, with elliptic-curve key exchange only (x25519 and secp256r1), against a
 * server this class starts itself with the bundled demo certificate. The client trusts that certificate alone and
 * checks the host name, as the real connection check does. It proves the runtime has what OCN's servers need for
 * SSL (the notice's 「2)暗号化に関する設定」): without elliptic-curve support the handshake fails instead of
 * silently using finite-field groups.
 */
final class LoopbackTlsHandshake {

    /** The only key-exchange groups allowed: if neither works, the handshake must fail. */
    static final String NAMED_GROUPS = "x25519,secp256r1";
    /** JDK 17 reads the allowed groups from this property, once, at the first TLS use. */
    static final String NAMED_GROUPS_PROPERTY = "jdk.tls.namedGroups";

    private static final String KEYSTORE = "demo-localhost.p12";
    private static final char[] KEYSTORE_PASSWORD = "ocn-demo".toCharArray();
    private static final String PROTOCOL = "TLSv1.3";
    private static final int TIMEOUT_MILLIS = 10_000;

    private LoopbackTlsHandshake() {
    }

    /**
     * Pins the named groups for this process. It must run before anything uses TLS (JDK 17 reads the property
     * once); on Java 20 and later the groups are also set on each socket.
     */
    static void pinNamedGroups() {
        System.setProperty(NAMED_GROUPS_PROPERTY, NAMED_GROUPS);
    }

    /** Runs the handshake and returns the negotiated session, or throws why it failed. */
    static SSLSession run() throws IOException, GeneralSecurityException, InterruptedException {
        SSLContext context = demoContext();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1,
                loopback)) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            server.setSSLParameters(restricted(server.getSSLParameters(), false));
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> serveOnce(server));
            try (Socket plain = new Socket()) {
                plain.connect(new InetSocketAddress(loopback, server.getLocalPort()), TIMEOUT_MILLIS);
                plain.setSoTimeout(TIMEOUT_MILLIS);
                try (SSLSocket client = (SSLSocket) context.getSocketFactory()
                        .createSocket(plain, "localhost", server.getLocalPort(), true)) {
                    client.setSSLParameters(restricted(client.getSSLParameters(), true));
                    client.startHandshake();
                    SSLSession session = client.getSession();
                    try (InputStream in = client.getInputStream()) {
                        if (in.read() != 'Y') {
                            throw new IOException("The loopback server closed the connection early");
                        }
                        // Read to the server's close_notify, so neither side waits for the other's at close.
                        while (in.read() != -1) {
                            // nothing else is sent
                        }
                    }
                    served.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                    return session;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("The loopback server did not finish: " + e.getMessage(), e);
            }
        }
    }

    private static void serveOnce(SSLServerSocket server) {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            socket.getOutputStream().write('Y');
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SSLParameters restricted(SSLParameters parameters, boolean client) {
        parameters.setProtocols(new String[] {PROTOCOL});
        if (client) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        setNamedGroupsWhereSupported(parameters);
        return parameters;
    }

    /** {@code SSLParameters.setNamedGroups} exists from Java 20 on; on 17 the system property does the job. */
    private static void setNamedGroupsWhereSupported(SSLParameters parameters) {
        try {
            Method setter = SSLParameters.class.getMethod("setNamedGroups", String[].class);
            setter.invoke(parameters, (Object) NAMED_GROUPS.split(","));
        } catch (NoSuchMethodException e) {
            // Java 17 to 19: pinNamedGroups() set the property before the first TLS use.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot pin the TLS named groups", e);
        }
    }

    private static SSLContext demoContext() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = LoopbackTlsHandshake.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IOException("The bundled " + KEYSTORE + " is missing");
            }
            keys.load(in, KEYSTORE_PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, KEYSTORE_PASSWORD);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("demo", keys.getCertificate(keys.aliases().nextElement()));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
