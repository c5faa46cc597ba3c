package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thunderbird command through Cli.run, on copies of the test profiles. */
class ThunderbirdCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private Path profile;

    @BeforeEach
    void copyProfile() throws Exception {
        profile = dir.resolve("profile");
        Path source = Path.of(getClass().getResource("/thunderbird/real-153").toURI());
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(profile);
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, profile.resolve(file.getFileName().toString()));
            }
        }
        System.setProperty(ThunderbirdCommand.HOME_PROPERTY, dir.resolve("empty-home").toString());
    }

    @AfterEach
    void clearHome() {
        System.clearProperty(ThunderbirdCommand.HOME_PROPERTY);
    }

    private int run(String... args) {
        cli.reset();
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private byte[] prefs() {
        try {
            return Files.readAllBytes(profile.resolve("prefs.js"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void that_without_apply_the_plan_is_printed_and_nothing_changes() {
        byte[] before = prefs();

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString())).isZero();

        assertThat(out()).contains("Incoming (POP) server: abc.ocn.ne.jp -> pop.ocn.ne.jp",
                "Port (outgoing): 25 -> 465", "Nothing was changed");
        assertThat(prefs()).isEqualTo(before);
    }

    @Test
    void that_control_characters_in_the_profile_are_printed_as_text_not_as_terminal_control() throws IOException {
        String prefs = new String(prefs(), java.nio.charset.StandardCharsets.UTF_8).replace(
                "user_pref(\"mail.server.server1.userName\", \"taro\");",
                "user_pref(\"mail.server.server1.userName\", \"taro\\u001b[2J\\u0007\\r\");");
        Files.writeString(profile.resolve("prefs.js"), prefs);

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString())).isZero();

        assertThat(out()).contains("taro\\x1b[2J\\x07\\x0d -> taro@abc.ocn.ne.jp")
                .doesNotContain("\u001b", "\u0007", "\r");
    }

    @Test
    void that_apply_then_undo_gives_the_original_profile_back() {
        byte[] before = prefs();

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply"))
                .isZero();
        assertThat(out()).contains("Done", "Backup:", "first 8");
        assertThat(prefs()).isNotEqualTo(before);
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply"))
                .isZero();
        assertThat(out()).contains("already has the SSL settings");

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--undo"))
                .isZero();
        assertThat(prefs()).isEqualTo(before);
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--undo"))
                .isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("Nothing to undo");
    }

    @Test
    void that_undo_keeps_what_thunderbird_wrote_since_and_lists_a_setting_changed_again() throws Exception {
        run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply");
        Files.writeString(profile.resolve("prefs.js"), "user_pref(\"written.later\", 1);\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--undo"))
                .isZero();
        assertThat(new String(prefs(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("user_pref(\"written.later\", 1);", "user_pref(\"mail.server.server1.port\", 110);");

        run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply");
        String applied = new String(prefs(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(profile.resolve("prefs.js"), applied.replace("server1.port\", 995", "server1.port\", 996"));

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--undo",
                "--lang", "en")).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("mail.server.server1.port (the apply set 995, now 996)", "--force");
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--undo",
                "--force")).isZero();
    }

    @Test
    void that_a_broken_prefs_js_is_refused_with_its_line_and_no_stack_trace() throws Exception {
        Files.writeString(profile.resolve("prefs.js"), "user_pref(\"a\", 1);\nuser_pref(\"b\", \"\\x00\");\n");
        byte[] before = prefs();

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply",
                "--lang", "ja")).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("2 行目", "何も変更していません").doesNotContain("Exception", "\tat ");
        assertThat(prefs()).isEqualTo(before);
    }

    @Test
    void that_no_matching_account_is_exit_1_in_japanese() {
        assertThat(run("thunderbird", "--email", "hanako@xyz.ocn.ne.jp", "--profile", profile.toString(),
                "--lang", "ja")).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("hanako@xyz.ocn.ne.jp の POP アカウント");
    }

    @Test
    void that_no_profile_in_the_home_folder_is_exit_1() {
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp")).isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("No Thunderbird profile was found");
    }

    @Test
    void that_profiles_in_the_home_folder_are_used_without_profile() throws Exception {
        Path root = dir.resolve("empty-home/.thunderbird");
        Files.createDirectories(root);
        Files.writeString(root.resolve("profiles.ini"), "[Profile0]\nName=ocn\nIsRelative=0\nPath=" + profile + "\n");

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--apply")).isZero();
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--undo")).isZero();
    }

    @Test
    void that_bad_input_is_exit_2_without_a_stack_trace() {
        assertThat(run("thunderbird", "--email", "taro@gmail.com", "--profile", profile.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", dir.resolve("none").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("No Thunderbird profile in").doesNotContain("Exception");
        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply",
                "--undo")).isEqualTo(Cli.USAGE);
        assertThat(run("thunderbird", "--profile", profile.toString())).isEqualTo(Cli.USAGE);
    }

    @Test
    void that_a_failed_write_is_exit_1_and_leaves_the_profile() throws Exception {
        byte[] before = prefs();
        Files.createDirectory(profile.resolve("prefs.js.ocn-mail-setup.tmp"));

        assertThat(run("thunderbird", "--email", "taro@abc.ocn.ne.jp", "--profile", profile.toString(), "--apply"))
                .isEqualTo(Cli.PROBLEM);
        assertThat(err()).contains("put back as it was");
        assertThat(prefs()).isEqualTo(before);
    }
}
