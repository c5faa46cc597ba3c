package io.github.ocnmailsetup.probe;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Loopback mail servers over TLS for the check's tests, on free ports so parallel builds do not collide. */
final class TestServers {

    static final String ADDRESS = "taro@abc.ocn.ne.jp";
    static final String PASSWORD = "secret12";
    static final Path KEYSTORE = Path.of("src/test/resources/tls/localhost.p12");
    static final char[] KEYSTORE_PASSWORD = "changeit".toCharArray();

    private TestServers() {
    }

    /** GreenMail with SMTPS, POP3S and plain POP3 on free ports of {@code bindAddress}. */
    static GreenMail greenMail(String bindAddress) {
        ServerSetup[] setups = {
            new ServerSetup(0, bindAddress, ServerSetup.PROTOCOL_SMTPS).dynamicPort(),
            new ServerSetup(0, bindAddress, ServerSetup.PROTOCOL_POP3S).dynamicPort(),
            new ServerSetup(0, bindAddress, ServerSetup.PROTOCOL_POP3).dynamicPort(),
        };
        for (ServerSetup setup : setups) {
            // The build machine is shared and slow at times: TLS set-up can take more than the default 2 s.
            setup.setServerStartupTimeout(15_000);
        }
        GreenMail greenMail = new GreenMail(setups);
        greenMail.start();
        return greenMail;
    }

    static GreenMailUser user(GreenMail greenMail, String password) {
        return greenMail.setUser(ADDRESS, ADDRESS, password);
    }

    static ServerEndpoint pop(GreenMail greenMail) {
        return new ServerEndpoint(greenMail.getPop3s().getBindTo(), greenMail.getPop3s().getPort());
    }

    static ServerEndpoint smtp(GreenMail greenMail) {
        return new ServerEndpoint(greenMail.getSmtps().getBindTo(), greenMail.getSmtps().getPort());
    }

    /** A request as the user would make it, typing {@code typedPassword}, trusting the test certificate. */
    static CheckRequest request(ServerEndpoint pop, ServerEndpoint smtp, String typedPassword) {
        return new CheckRequest(OcnAddress.parse(ADDRESS), PasswordRule.bundled().apply(Secret.of(typedPassword)),
                pop, smtp, Duration.ofSeconds(20), false, trust());
    }

    static CheckRequest request(GreenMail greenMail, String typedPassword) {
        return request(pop(greenMail), smtp(greenMail), typedPassword);
    }

    static KeyStore keyStore() {
        return keyStore(KEYSTORE);
    }

    static KeyStore keyStore(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEYSTORE_PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the test certificate (SAN localhost, 127.0.0.1) and nothing else. */
    static SSLContext trust() {
        return TrustSources.trusting(keyStore());
    }

    /** A server-side TLS context with the test certificate, for the fake servers. */
    static SSLContext serverContext() {
        return serverContext(KEYSTORE);
    }

    /** A server-side TLS context with the certificate in {@code keystore} (password {@code changeit}). */
    static SSLContext serverContext(Path keystore) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(keystore), KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts {@code count} ordinary messages into the user's mailbox. */
    static void fill(GreenMailUser user, int count) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        for (int i = 1; i <= count; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("friend" + (i % 7) + "@example.com"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
            message.setSubject("Ordinary message " + i);
            message.setText("Body of message " + i + ", which the check must never read.\n");
            user.deliver(message);
        }
    }

    /** The mailbox's messages as the server stores them. */
    static List<StoredMessage> messages(GreenMail greenMail, GreenMailUser user) throws FolderException {
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
    }

    /** A port on loopback where nothing listens. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether 127.0.0.2 is on loopback here (Linux: yes; macOS: not by default). */
    static boolean secondLoopbackWorks() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
