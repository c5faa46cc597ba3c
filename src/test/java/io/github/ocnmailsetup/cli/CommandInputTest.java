package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input as people type it, the same on every command: an address is normalised (NFKC, trimmed, domain in lower
 * case) and refused with one message when it is too long or holds the input method's 「。」 or 「ー」; a password the
 * check cannot send is refused before any connection. Exit 2, a message in the user's language, no stack trace.
 */
class CommandInputTest {

    private static final String TOO_LONG = "a".repeat(10_000) + "@abc.ocn.ne.jp";

    @TempDir
    Path dir;

    private Path profile;
    private ServerSocket server;

    @BeforeEach
    void setUp() throws Exception {
        profile = dir.resolve("profile");
        Files.createDirectories(profile);
        Path source = Path.of(getClass().getResource("/thunderbird/real-153").toURI());
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, profile.resolve(file.getFileName().toString()));
            }
        }
        System.setProperty(ThunderbirdCommand.HOME_PROPERTY, dir.resolve("empty-home").toString());
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void tearDown() throws IOException {
        System.clearProperty(ThunderbirdCommand.HOME_PROPERTY);
        server.close();
    }

    private String endpoint() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private CliRun check(Locale language, String address, String password) {
        CliRun cli = new CliRun(language);
        int exit = cli.runWithInput(password + "\n", "check", "--email", address, "--password-stdin",
                "--pop-server", endpoint(), "--smtp-server", endpoint(), "--timeout", "5", "--lang", language.getLanguage());
        assertThat(exit).as(cli.err()).isEqualTo(Cli.USAGE);
        return cli;
    }

    private void assertNobodyConnected() throws IOException {
        server.setSoTimeout(300);
        try {
            server.accept().close();
            throw new AssertionError("the check connected to a server");
        } catch (SocketTimeoutException expected) {
            // Nothing was sent.
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ひみつのことば", "ｐａｓｓｗｏｒｄ", "pass\tword"})
    void that_check_refuses_a_password_it_cannot_send_before_connecting_in_the_users_language(String password)
            throws IOException {
        CliRun ja = check(Locale.JAPANESE, "taro@abc.ocn.ne.jp", password);
        CliRun en = check(Locale.ENGLISH, "taro@abc.ocn.ne.jp", password);

        assertNobodyConnected();
        assertThat(ja.err()).contains("全角").contains("半角").doesNotContain(password).doesNotContain("Exception");
        assertThat(en.err()).contains("full-width").doesNotContain(password).doesNotContain("Exception");
        assertThat(ja.out() + en.out()).isEmpty();
    }

    @Test
    void that_a_10_kb_local_part_is_refused_by_check_export_and_thunderbird_with_the_same_message()
            throws IOException {
        CliRun checkRun = check(Locale.ENGLISH, TOO_LONG, "abcdefgh");
        CliRun exportRun = new CliRun();
        int exportExit = exportRun.run("export", "--email", TOO_LONG, "--format", "all", "--out", dir.toString());
        CliRun thunderbirdRun = new CliRun();
        int thunderbirdExit = thunderbirdRun.run("thunderbird", "--email", TOO_LONG, "--profile", profile.toString());

        assertNobodyConnected();
        assertThat(List.of(exportExit, thunderbirdExit)).containsOnly(Cli.USAGE);
        assertThat(checkRun.err()).contains("too long").contains("64").contains("254");
        assertThat(exportRun.err()).isEqualTo(checkRun.err());
        assertThat(thunderbirdRun.err()).isEqualTo(checkRun.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsOnly("profile");
        }
    }

    @Test
    void that_the_input_methods_full_stop_gets_its_own_message_on_every_command() {
        String typed = "taro@abc。ocn。ne。jp";
        CliRun checkRun = check(Locale.JAPANESE, typed, "abcdefgh");
        CliRun exportRun = new CliRun();
        assertThat(exportRun.run("export", "--email", typed, "--format", "sheet", "--out", dir.toString(),
                "--lang", "ja")).isEqualTo(Cli.USAGE);
        CliRun thunderbirdRun = new CliRun();
        assertThat(thunderbirdRun.run("--lang", "ja", "thunderbird", "--email", typed, "--profile",
                profile.toString())).isEqualTo(Cli.USAGE);

        assertThat(checkRun.err()).contains("「。」").contains("半角の「.」");
        assertThat(exportRun.err()).isEqualTo(checkRun.err());
        assertThat(thunderbirdRun.err()).isEqualTo(checkRun.err());
    }

    @Test
    void that_a_full_width_spaced_address_with_an_upper_case_domain_works_on_export_and_thunderbird()
            throws IOException {
        String typed = "\u3000ｔａｒｏ＠ＡＢＣ．ｏｃｎ．ｎｅ．ｊｐ ";
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun exportRun = new CliRun();
        assertThat(exportRun.run("export", "--email", typed, "--format", "mobileconfig", "--out", out.toString()))
                .as(exportRun.err()).isZero();
        assertThat(out.resolve("taro@abc.ocn.ne.jp.mobileconfig")).exists();

        CliRun thunderbirdRun = new CliRun();
        assertThat(thunderbirdRun.run("thunderbird", "--email", typed, "--profile", profile.toString()))
                .as(thunderbirdRun.err()).isZero();
        assertThat(thunderbirdRun.out()).contains("abc.ocn.ne.jp -> pop.ocn.ne.jp");
    }
}
