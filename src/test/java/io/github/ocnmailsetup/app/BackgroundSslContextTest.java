package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class BackgroundSslContextTest {

    @Test
    void that_it_returns_at_once_and_then_behaves_like_the_loaded_context() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SSLContext real = SSLContext.getInstance("TLS");
        real.init(null, null, null);

        BackgroundSslContext.Deferred deferred = BackgroundSslContext.deferred(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real;
        });
        deferred.begin();
        SSLContext background = deferred.context();
        release.countDown();

        assertThat(background.getSocketFactory().getDefaultCipherSuites())
                .containsExactly(real.getSocketFactory().getDefaultCipherSuites());
        assertThat(background.getClientSessionContext()).isSameAs(real.getClientSessionContext());
        assertThat(background.getProtocol()).isEqualTo("TLS");
    }

    @Test
    void that_a_failed_load_surfaces_at_the_first_use() {
        BackgroundSslContext.Deferred deferred = BackgroundSslContext.deferred(() -> {
            throw new IllegalStateException("no trust store");
        });
        deferred.begin();
        SSLContext background = deferred.context();

        assertThatThrownBy(background::getSocketFactory).isInstanceOf(IllegalStateException.class)
                .hasMessage("no trust store");
    }

    @Test
    void that_a_deferred_context_loads_nothing_before_begin_and_loads_once_after() throws Exception {
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        SSLContext real = SSLContext.getInstance("TLS");
        real.init(null, null, null);
        BackgroundSslContext.Deferred deferred = BackgroundSslContext.deferred(() -> {
            loads.incrementAndGet();
            return real;
        });

        Thread.sleep(100);
        assertThat(loads).hasValue(0);

        deferred.begin();
        deferred.begin();
        assertThat(deferred.context().getClientSessionContext()).isSameAs(real.getClientSessionContext());
        assertThat(loads).hasValue(1);
    }

    @Test
    void that_using_a_deferred_context_before_begin_loads_it_then() throws Exception {
        SSLContext real = SSLContext.getInstance("TLS");
        real.init(null, null, null);
        BackgroundSslContext.Deferred deferred = BackgroundSslContext.deferred(() -> real);

        assertThat(deferred.context().getSocketFactory().getDefaultCipherSuites())
                .containsExactly(real.getSocketFactory().getDefaultCipherSuites());
    }
}
