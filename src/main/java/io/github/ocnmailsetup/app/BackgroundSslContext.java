package io.github.ocnmailsetup.app;

import java.security.KeyManagementException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An {@link SSLContext} whose trust material loads on a background thread once the first page shows. Loading the
 * JDK's and the operating system's roots (about 300 certificates on Linux) slowed the first page, even on a
 * thread of its own (docs/performance.md); the connection check needs them only pages later. Every use waits
 * for the load and behaves exactly like the loaded context.
 */
final class BackgroundSslContext extends SSLContext {

    private BackgroundSslContext(Loading spi, Provider provider) {
        super(spi, provider, "TLS");
    }

    /**
     * A context whose loader starts on a daemon thread when {@link Deferred#begin()} is called, or at the
     * context's first use, whichever comes first: the wizard begins it once the first page shows, so the load
     * does not compete with the window for the processor (docs/performance.md).
     */
    static Deferred deferred(Supplier<SSLContext> loader) {
        return new Deferred(loader);
    }

    /** A context and the switch that starts its loading; {@link #begin()} may be called any number of times. */
    static final class Deferred {
        private final Supplier<SSLContext> loader;
        private final CompletableFuture<SSLContext> loaded = new CompletableFuture<>();
        private final AtomicBoolean started = new AtomicBoolean();
        private final SSLContext context;

        private Deferred(Supplier<SSLContext> loader) {
            this.loader = loader;
            this.context = new BackgroundSslContext(new Loading(this), DeferredProvider.INSTANCE);
        }

        SSLContext context() {
            return context;
        }

        /** Starts the loader on its own thread unless it has started already. */
        void begin() {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            Thread thread = new Thread(() -> {
                try {
                    loaded.complete(loader.get());
                } catch (RuntimeException | Error e) {
                    loaded.completeExceptionally(e);
                }
            }, "trust-loader");
            thread.setDaemon(true);
            thread.start();
        }

        private SSLContext await() {
            begin();
            try {
                return loaded.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }

    /**
     * Names this wrapper as its own provider: asking for JSSE's ({@code Security.getProvider("SunJSSE")}) would
     * set up the JDK's security providers on the main thread before the window opens, the very work this class
     * defers. Sockets and engines come from the loaded context, whose provider is JSSE's.
     */
    private static final class DeferredProvider extends Provider {
        private static final long serialVersionUID = 1L;
        static final DeferredProvider INSTANCE = new DeferredProvider();

        private DeferredProvider() {
            super("OcnMailSetupDeferredTLS", "1.0", "An SSLContext that waits for one loading in the background");
        }
    }

    /** Delegates every operation to the loaded context. */
    private static final class Loading extends SSLContextSpi {
        private final Deferred deferred;

        Loading(Deferred deferred) {
            this.deferred = deferred;
        }

        private SSLContext context() {
            return deferred.await();
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("This context is initialised by its loader");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return context().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return context().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return context().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return context().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return context().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return context().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return context().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return context().getSupportedSSLParameters();
        }
    }
}
