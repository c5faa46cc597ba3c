package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.cli.Cli;
import io.github.ocnmailsetup.cli.CliRun;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Usage mistakes get exit 2 and a message in the user's language, never a stack trace. */
class CliBasicsTest {

    private final CliRun cli = new CliRun(Locale.ENGLISH);

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void that_an_unknown_command_gives_exit_2_and_a_japanese_message_when_asked() {
        int code = run("bogus-command", "--lang", "ja");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("エラー").contains("--help").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void that_help_lists_the_three_commands_on_standard_output() {
        int code = run("--help");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("check").contains("export").contains("thunderbird");
    }

    @Test
    void that_a_commands_help_names_it_under_the_app_and_shows_only_its_own_options() {
        int code = run("check", "--help");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("ocn-mail-setup check").contains("--password-stdin")
                .doesNotContain("--format").doesNotContain("--undo");
    }

    @Test
    void that_help_speaks_japanese_under_lang_ja_and_help_command_names_a_command() {
        int app = run("--help", "--lang", "ja");
        int check = run("help", "check", "--lang", "ja");

        assertThat(new int[] {app, check}).containsOnly(Cli.OK);
        assertThat(cli.out()).contains("使い方：ocn-mail-setup コマンド").contains("使い方：ocn-mail-setup check --email ADDR")
                .contains("メールパスワードを標準入力から1行で読み込みます").doesNotContain("Usage");
    }

    @Test
    void that_help_finds_its_command_after_the_language_and_refuses_an_unknown_one() {
        int before = run("--lang", "ja", "help", "check");
        int after = run("help", "--lang", "ja", "export");
        int options = run("--lang", "ja", "--help");

        assertThat(new int[] {before, after, options}).containsOnly(Cli.OK);
        assertThat(cli.out()).contains("使い方：ocn-mail-setup check").contains("使い方：ocn-mail-setup export")
                .contains("使い方：ocn-mail-setup コマンド");
        assertThat(Cli.isCommandLine("--lang", "ja", "--help")).as("help, not the wizard").isTrue();
        assertThat(run("help", "bogus")).isEqualTo(Cli.USAGE);
    }

    @Test
    void that_a_missing_value_is_exit_2_even_when_an_option_follows() {
        int code = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", "--force");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("--out DIR");
    }

    @Test
    void that_a_usage_error_names_the_whole_help_command() {
        int code = run("check", "--email", "taro@abc.ocn.ne.jp", "--password-stdin", "--timeout", "x");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("\"x\" is not a valid value for --timeout")
                .contains("ocn-mail-setup check --help");
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
            assertThat(run(command, "--email", "taro@abc.ocn.ne.jp", "--lang", "fr"))
                    .as(command).isEqualTo(Cli.USAGE);
        }
        assertThat(cli.err()).contains("\"fr\"").contains("--lang ja");
    }

    @Test
    void that_usage_errors_under_lang_ja_contain_no_english_from_the_parser() {
        int missing = run("check", "--lang", "ja");
        int unknown = run("export", "--email", "taro@abc.ocn.ne.jp", "--format", "all", "--out", "target",
                "--bogus", "--lang", "ja");
        int badValue = run("check", "--email", "taro@abc.ocn.ne.jp", "--password-stdin",
                "--timeout", "abc", "--lang", "ja");

        assertThat(new int[] {missing, unknown, badValue}).containsOnly(Cli.USAGE);
        assertThat(cli.err())
                .contains("次の指定がありません").contains("--email").contains("使えないオプション").contains("--bogus")
                .contains("「abc」は --timeout の値として正しくありません")
                .doesNotContain("Missing required").doesNotContain("Unknown option").doesNotContain("is not an int");
    }

    @Test
    void that_options_before_the_command_still_reach_it() {
        assertThat(Cli.isCommandLine("--lang", "ja", "check", "--email", "x")).isTrue();
        assertThat(Cli.isCommandLine("chekc")).as("a mistyped command is a usage error, not a window").isTrue();
        assertThat(Cli.isCommandLine("--demo", "--lang", "ja")).isFalse();
        assertThat(Cli.isCommandLine()).isFalse();

        int code = run("--lang", "ja", "check", "--email", "taro@gmail.com", "--password-stdin");

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("OCNのメールアドレスではないようです");
    }
}
