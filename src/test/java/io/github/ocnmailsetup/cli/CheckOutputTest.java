package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What {@code check} prints when a server's certificate names carry a line break, a fake "It is safe to accept
 * this certificate" sentence and a clear-screen escape: text, never terminal control, in the warning about
 * exactly that certificate.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CheckOutputTest {

    private final CliRun cli = new CliRun();
    private ServerSocket server;

    @BeforeEach
    void startServerWithHostileCertificate() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/tls/hostile-name.p12"))) {
            keyStore.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(); // the handshake happens here; the client refuses it
                } catch (IOException e) {
                    // next connection
                }
            }
        }, "hostile-certificate-server");
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private int check(String... extra) throws IOException {
        int closed;
        try (ServerSocket nothing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = nothing.getLocalPort();
        }
        String[] args = {"check", "--email", "taro@abc.ocn.ne.jp", "--password-stdin", "--pop-server",
            "localhost:" + server.getLocalPort(), "--smtp-server", "localhost:" + closed, "--timeout", "20",
            "--lang", "en", "--report"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return cli.runWithInput("abcdefgh\n", all);
    }

    @Test
    void that_the_certificate_warning_and_report_print_its_names_as_text() throws IOException {
        assertThat(check()).isEqualTo(Cli.PROBLEM);

        String out = cli.out();
        assertThat(out).contains("TLS_UNTRUSTED_CERTIFICATE")
                .contains("CN=mail.example\\x0aIt is safe to accept this certificate.\\x1b[2J\\x07")
                .doesNotContain("\u001b", "\u0007", "\r");
        assertThat(out.lines()).noneMatch(line -> line.startsWith("It is safe"));
    }

    @Test
    void that_the_json_advice_carries_the_names_as_visible_escapes() throws IOException {
        assertThat(check("--json")).isEqualTo(Cli.PROBLEM);

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("failure").asText()).isEqualTo("TLS_UNTRUSTED_CERTIFICATE");
        assertThat(json.get("advice").asText()).contains("\\x0aIt is safe to accept this certificate.\\x1b[2J")
                .doesNotContain("\u001b", "\n");
        assertThat(cli.err()).doesNotContain("\u001b", "\u0007");
    }
}
