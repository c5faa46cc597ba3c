package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Usage mistakes get exit 2 and a message in the user's language, never a stack trace. */
class CliBasicsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale system, String... args) {
        return new Cli(new Cli.CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                system)).run(args);
    }

    @Test
    void that_an_unknown_command_gives_exit_2_and_a_japanese_message_when_asked() {
        int code = run(Locale.ENGLISH, "bogus-command", "--lang", "ja");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("エラー").contains("--help").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void that_help_lists_the_three_commands_on_standard_output() {
        int code = run(Locale.ENGLISH, "--help");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check").contains("export").contains("thunderbird");
    }

    @Test
    void that_the_launcher_tells_commands_from_a_wizard_start() {
        assertThat(Cli.isCommand("check")).isTrue();
        assertThat(Cli.isCommand("thunderbird")).isTrue();
        assertThat(Cli.isCommand("--demo")).isFalse();
        assertThat(Cli.isCommand("--lang")).isFalse();
    }

    @Test
    void that_an_unsupported_language_is_exit_2_for_every_command() {
        for (String command : new String[] {"check", "export", "thunderbird"}) {
            assertThat(run(Locale.ENGLISH, command, "--email", "taro@abc.ocn.ne.jp", "--lang", "fr"))
                    .as(command).isEqualTo(Cli.USAGE);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"fr\"").contains("--lang ja");
    }

    @Test
    void that_usage_errors_under_lang_ja_contain_no_english_from_the_parser() {
        int missing = run(Locale.ENGLISH, "check", "--lang", "ja");
        int unknown = run(Locale.ENGLISH, "export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", "target",
                "--bogus", "--lang", "ja");
        int badValue = run(Locale.ENGLISH, "check", "--email", "taro@abc.ocn.ne.jp", "--password-stdin",
                "--timeout", "abc", "--lang", "ja");

        assertThat(new int[] {missing, unknown, badValue}).containsOnly(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("次の指定がありません").contains("--email").contains("知らないオプション").contains("--bogus")
                .contains("「abc」は --timeout の値として正しくありません")
                .doesNotContain("Missing required").doesNotContain("Unknown option").doesNotContain("is not an int");
    }

    @Test
    void that_options_before_the_command_still_reach_it() {
        assertThat(Cli.isCommandLine("--lang", "ja", "check", "--email", "x")).isTrue();
        assertThat(Cli.isCommandLine("chekc")).as("a mistyped command is a usage error, not a window").isTrue();
        assertThat(Cli.isCommandLine("--demo", "--lang", "ja")).isFalse();
        assertThat(Cli.isCommandLine()).isFalse();

        int code = run(Locale.ENGLISH, "--lang", "ja", "check", "--email", "taro@gmail.com", "--password-stdin");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("OCNのアドレスではありません");
    }
}
