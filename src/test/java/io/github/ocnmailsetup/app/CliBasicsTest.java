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
}
