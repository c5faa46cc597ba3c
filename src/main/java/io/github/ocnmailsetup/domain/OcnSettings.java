package io.github.ocnmailsetup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Properties;

/**
 * The OCN values of the notice of 2010-11-25, read from the one bundled data file
 * {@code ocn-settings.properties}: servers and ports (「2)暗号化に関する設定」), the eligibility boundary
 * (「ご利用条件」: 2009年11月24日以降), the password length (「*1 ... 8文字目までを入力」), and the ports without
 * SSL that the table replaces ({@link PortsBeforeSsl}: the notice implies them, it does not name them).
 * Tests and the demo replace the servers with {@link #withServers}.
 */
public record OcnSettings(
        ServerEndpoint pop,
        ServerEndpoint smtp,
        PortsBeforeSsl portsBeforeSsl,
        String ocnDomain,
        LocalDate eligibilityBoundary,
        LocalDate ocnMailStart,
        int passwordMaxLength,
        ZoneId zone,
        LocalDate noticeDate) {

    private static final String RESOURCE = "ocn-settings.properties";

    /** The settings as OCN's notice gives them. */
    public static OcnSettings bundled() {
        return Holder.BUNDLED;
    }

    /** The same rules against other servers: for tests and the demo's loopback server. */
    public OcnSettings withServers(ServerEndpoint newPop, ServerEndpoint newSmtp) {
        return new OcnSettings(newPop, newSmtp, portsBeforeSsl, ocnDomain, eligibilityBoundary, ocnMailStart,
                passwordMaxLength, zone, noticeDate);
    }

    private static OcnSettings load() {
        Properties p = new Properties();
        try (InputStream in = OcnSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled " + RESOURCE + " is missing from the application");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + RESOURCE, e);
        }
        return new OcnSettings(
                new ServerEndpoint(required(p, "pop.host"), Integer.parseInt(required(p, "pop.port"))),
                new ServerEndpoint(required(p, "smtp.host"), Integer.parseInt(required(p, "smtp.port"))),
                new PortsBeforeSsl(Integer.parseInt(required(p, "pop.port.beforeSsl")),
                        Arrays.stream(required(p, "smtp.ports.beforeSsl").split(","))
                                .map(port -> Integer.valueOf(port.strip())).toList()),
                required(p, "ocn.domain"),
                LocalDate.parse(required(p, "eligibility.boundary")),
                LocalDate.parse(required(p, "ocn.mail.start")),
                Integer.parseInt(required(p, "password.maxLength")),
                ZoneId.of(required(p, "timezone")),
                LocalDate.parse(required(p, "notice.date")));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The bundled " + RESOURCE + " has no " + key);
        }
        return value.trim();
    }

    private static final class Holder {
        static final OcnSettings BUNDLED = load();
    }
}
