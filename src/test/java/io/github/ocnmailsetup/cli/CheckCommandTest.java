package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.ocnmailsetup.probe.FailureKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code check} command through its entry point, against GreenMail over TLS on loopback. */
class CheckCommandTest {

    private static final String ADDRESS = "taro@abc.ocn.ne.jp";
    private static final String[] TRUST_PROPERTIES = {
        "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword"};

    private final CliRun cli = new CliRun();
    private final String[] savedTrust = new String[TRUST_PROPERTIES.length];
    private GreenMail greenMail;

    @BeforeEach
    void start() {
        ServerSetup[] setups = {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort(),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S).dynamicPort(),
        };
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(15_000);
        }
        greenMail = new GreenMail(setups);
        greenMail.start();
        greenMail.setUser(ADDRESS, ADDRESS, "abcdefgh");
        // The command trusts what the system trusts, plus the standard trust store properties: the test cert.
        for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
            savedTrust[i] = System.getProperty(TRUST_PROPERTIES[i]);
        }
        System.setProperty("javax.net.ssl.trustStore", Path.of("src/test/resources/tls/localhost.p12").toString());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
        for (int i = 0; i < TRUST_PROPERTIES.length; i++) {
            if (savedTrust[i] == null) {
                System.clearProperty(TRUST_PROPERTIES[i]);
            } else {
                System.setProperty(TRUST_PROPERTIES[i], savedTrust[i]);
            }
        }
    }

    private int check(String stdin, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--email", ADDRESS, "--password-stdin",
                "--pop-server", "127.0.0.1:" + greenMail.getPop3s().getPort(),
                "--smtp-server", "localhost:" + greenMail.getSmtps().getPort(), "--timeout", "20"));
        args.addAll(List.of(extra));
        return run(stdin, args.toArray(String[]::new));
    }

    private int run(String stdin, String... args) {
        return cli.runWithInput(stdin, args);
    }

    private String stdout() {
        return cli.out();
    }

    private String stderr() {
        return cli.err();
    }

    @Test
    void that_a_passing_check_exits_0_with_one_line_per_step() {
        int exit = check("abcdefgh\n");

        assertThat(exit).as(stderr()).isEqualTo(Cli.OK);
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("Incoming (POP) login (pop-login): OK, ").endsWith(" ms");
        assertThat(lines.get(1)).contains("(smtp-send): OK");
        assertThat(lines.get(2)).contains("(delivery): OK");
        assertThat(lines.get(3)).contains("(cleanup): OK");
        assertThat(stdout()).contains("Sending and receiving over SSL work.").doesNotContain("abcdefgh");
        assertThat(stderr()).contains("test message");
    }

    @Test
    void that_the_password_reaches_no_log_line_output_or_report_in_a_passing_or_a_failing_check() {
        ch.qos.logback.classic.Logger app = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("io.github.ocnmailsetup");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> captured =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Level previous = app.getLevel();
        app.setLevel(ch.qos.logback.classic.Level.TRACE);
        captured.start();
        app.addAppender(captured);
        try {
            assertThat(check("abcdefghXYZ\n", "--report")).as(stderr()).isEqualTo(Cli.OK);
            assertThat(check("wrongpw99\n", "--report", "--json")).isEqualTo(Cli.PROBLEM);
        } finally {
            app.detachAppender(captured);
            app.setLevel(previous);
        }
        String logs = String.join("\n", captured.list.stream().map(e -> e.getFormattedMessage()).toList());
        assertThat(captured.list).as("the check logs its steps").isNotEmpty();
        for (String text : List.of(logs, stdout(), stderr())) {
            assertThat(text).doesNotContain("abcdefgh").doesNotContain("XYZ").doesNotContain("wrongpw");
        }
        assertThat(stdout()).contains("t***@abc.ocn.ne.jp");
    }

    @Test
    void that_json_has_exactly_the_listed_fields_and_the_eight_character_rule_applies() throws Exception {
        int exit = check("abcdefghijkl\n", "--json");

        assertThat(exit).as(stderr()).isEqualTo(Cli.OK);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(stdout().strip().lines()).hasSize(1);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("ok", "failure", "step", "messagesOnServer", "bytesOnServer",
                "passwordTruncated", "testMessageDeleted", "steps", "totalMillis", "advice");
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("failure").isNull()).isTrue();
        assertThat(json.get("step").isNull()).isTrue();
        assertThat(json.get("messagesOnServer").asInt()).isZero();
        assertThat(json.get("passwordTruncated").asBoolean()).isTrue();
        assertThat(json.get("testMessageDeleted").asBoolean()).isTrue();
        assertThat(json.get("steps").findValuesAsText("name"))
                .containsExactly("pop-login", "smtp-send", "delivery", "cleanup");
        assertThat(json.get("steps").get(0).fieldNames()).toIterable().containsExactly("name", "ok", "millis");
        assertThat(json.get("totalMillis").asLong()).isPositive();
        assertThat(json.get("advice").asText()).isNotBlank();
    }

    @Test
    void that_a_wrong_password_exits_1_with_the_kind_in_json() throws Exception {
        int exit = check("wrongpass\n", "--json", "--lang", "ja");

        assertThat(exit).isEqualTo(Cli.PROBLEM);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("ok").asBoolean()).isFalse();
        assertThat(json.get("failure").asText()).isEqualTo("POP_AUTH_REJECTED");
        assertThat(json.get("step").asText()).isEqualTo("pop-login");
        assertThat(json.get("messagesOnServer").isNull()).isTrue();
        assertThat(json.get("bytesOnServer").isNull()).isTrue();
        assertThat(json.get("steps").findValuesAsText("name")).containsExactly("pop-login");
        assertThat(json.get("advice").asText())
                .contains(FailureKind.POP_AUTH_REJECTED.remedy().in(Locale.JAPANESE).replace('\n', ' '));
    }

    @Test
    void that_keep_test_message_leaves_it_and_skips_cleanup() throws Exception {
        int exit = check("abcdefgh\n", "--json", "--keep-test-message");

        assertThat(exit).isEqualTo(Cli.OK);
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("testMessageDeleted").asBoolean()).isFalse();
        assertThat(json.get("steps").findValuesAsText("name")).containsExactly("pop-login", "smtp-send", "delivery");
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void that_a_long_password_is_told_its_case_in_the_output_never_its_length() {
        int exit = check("abcdefghijklm\n", "--lang", "en");

        assertThat(exit).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("9 or more characters").contains("only the first 8")
                .doesNotContain("13 characters").doesNotContain("abcdefgh");
    }

    @Test
    void that_a_trailing_space_is_warned_about_on_stderr_and_the_password_used_as_typed() {
        // "abcdefgh " has 9 characters, so the notice's rule sends "abcdefgh", which the server accepts.
        int exit = check("abcdefgh \n");

        assertThat(exit).as(stderr()).isZero();
        assertThat(stderr()).contains("starts or ends with a space");
        assertThat(stdout()).doesNotContain("space");
    }

    @Test
    void that_a_non_ocn_address_exits_2_with_a_message_on_stderr() {
        int exit = run("abcdefgh\n", "check", "--email", "taro@example.com", "--password-stdin");

        assertThat(exit).isEqualTo(Cli.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("example.com");
    }

    @Test
    void that_bad_usage_exits_2() {
        assertThat(run("", "check", "--email", ADDRESS)).isEqualTo(Cli.USAGE);
        assertThat(check("abcdefgh\n", "--lang", "fr")).isEqualTo(Cli.USAGE);
        assertThat(check("abcdefgh\n", "--timeout", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("abcdefgh\n", "check", "--email", ADDRESS, "--password-stdin", "--pop-server", "nocolon"))
                .isEqualTo(Cli.USAGE);
        assertThat(check("")).isEqualTo(Cli.USAGE);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).doesNotContain("Exception");
    }
}
