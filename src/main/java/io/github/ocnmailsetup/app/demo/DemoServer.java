package io.github.ocnmailsetup.app.demo;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.PasswordRule;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.ServerEndpoint;
import io.github.ocnmailsetup.probe.TrustSources;
import io.github.ocnmailsetup.ui.WizardOptions.DemoAccount;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mail server: GreenMail with POP3 over SSL and SMTP over SSL on loopback (free ports), a demo
 * account, and a few messages already on the server so the wizard can show "mail comes again" with real figures.
 * Its certificate (the bundled {@code demo-localhost.p12}, SAN localhost/127.0.0.1) is trusted only by this
 * run's check, through the check's trust parameter: nothing is added to any trust store.
 */
public final class DemoServer implements AutoCloseable {

    /** The demo account; the password has 13 characters, so the demo shows the notice's 8-character rule. */
    public static final DemoAccount ACCOUNT = new DemoAccount("taro@demo.ocn.ne.jp", "ocn-demo-2010");

    static final String KEYSTORE_RESOURCE = "/io/github/ocnmailsetup/app/demo-localhost.p12";
    static final String KEYSTORE_PASSWORD = "ocn-demo";
    private static final String LOOPBACK = "127.0.0.1";
    private static final int MESSAGES_ON_SERVER = 3;
    private static final long STARTUP_TIMEOUT_MILLIS = 30_000;
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(DemoServer.class);
    }

    private final GreenMail greenMail;
    private final OcnSettings settings;
    private final SSLContext trust;

    private DemoServer(GreenMail greenMail, OcnSettings settings, SSLContext trust) {
        this.greenMail = greenMail;
        this.settings = settings;
        this.trust = trust;
    }

    /** Starts the server on free loopback ports with the demo account and its messages. */
    public static DemoServer start() {
        useBundledKeystoreUnlessSet();
        ServerSetup pop = new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_POP3S).dynamicPort();
        ServerSetup smtp = new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTPS).dynamicPort();
        // A busy machine needs more than GreenMail's default 2 seconds to open a TLS server socket.
        pop.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        smtp.setServerStartupTimeout(STARTUP_TIMEOUT_MILLIS);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {pop, smtp});
        greenMail.start();
        // The server checks what OCN's checks: the full address as the username, and the first 8 characters.
        String serverPassword = PasswordRule.bundled().apply(Secret.of(ACCOUNT.password())).toType().reveal();
        GreenMailUser user = greenMail.setUser(ACCOUNT.address(), ACCOUNT.address(), serverPassword);
        seedMessages(user);
        OcnSettings settings = OcnSettings.bundled().withServers(
                new ServerEndpoint(LOOPBACK, greenMail.getPop3s().getPort()),
                new ServerEndpoint(LOOPBACK, greenMail.getSmtps().getPort()));
        log().info("Demo mail server on {} (POP3S) and {} (SMTPS)", settings.pop(), settings.smtp());
        return new DemoServer(greenMail, settings, TrustSources.trusting(serverCertificates()));
    }

    /** The OCN rules with this server's loopback endpoints. */
    public OcnSettings settings() {
        return settings;
    }

    /** Trusts exactly this server's certificate. */
    public SSLContext trust() {
        return trust;
    }

    /** This server's certificate(s) as a trust store, for a check that reads its trust from a file. */
    public KeyStore certificates() {
        return serverCertificates();
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /**
     * GreenMail reads its keystore once per JVM from system properties, as a file: copy the bundled one to a
     * temporary file. When something (a test run) has set the properties already, that keystore is used.
     */
    private static void useBundledKeystoreUnlessSet() {
        if (System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY) != null) {
            return;
        }
        try (InputStream in = DemoServer.class.getResourceAsStream(KEYSTORE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo keystore is missing from the application");
            }
            Path file = Files.createTempFile("ocn-demo-", ".p12");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, file.toString());
            System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, KEYSTORE_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo keystore", e);
        }
    }

    /** A trust store with the certificate(s) GreenMail actually serves, and nothing else. */
    private static KeyStore serverCertificates() {
        KeyStore served = ((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore();
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int i = 0;
            for (String alias : Collections.list(served.aliases())) {
                Certificate certificate = served.getCertificate(alias);
                if (certificate != null) {
                    trusted.setCertificateEntry("demo-" + i++, certificate);
                }
            }
            return trusted;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot read the demo server's certificate", e);
        }
    }

    private static void seedMessages(GreenMailUser user) {
        Session session = Session.getInstance(new Properties());
        for (int i = 1; i <= MESSAGES_ON_SERVER; i++) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("hanako@example.ocn.ne.jp"));
                message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(ACCOUNT.address()));
                message.setSubject("Demo message " + i, "UTF-8");
                message.setSentDate(new Date());
                // About 0.4 MB each, so "mail comes again" has a size worth reading.
                message.setText(("This message " + i + " is already on the demo server.\n").repeat(9_000), "UTF-8");
                message.saveChanges();
                user.deliver(message);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("Cannot put the demo messages on the demo server", e);
            }
        }
    }
}
