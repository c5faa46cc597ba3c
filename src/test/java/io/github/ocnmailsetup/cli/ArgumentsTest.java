package io.github.ocnmailsetup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The command line's own parser: what a typed line means, and the message a wrong one gets. */
class ArgumentsTest {

    private static Arguments parse(String... words) {
        return Arguments.parse(CheckCommand.SPEC, List.of(words));
    }

    private static String error(String... words) {
        try {
            parse(words);
        } catch (UsageException e) {
            return e.message(Locale.ENGLISH);
        }
        throw new AssertionError("no usage error for " + List.of(words));
    }

    @Test
    void that_values_come_after_a_space_or_an_equals_sign() {
        Arguments arguments = parse("--email", "taro@abc.ocn.ne.jp", "--password-stdin", "--timeout=30", "--json");

        assertThat(arguments.request()).isEqualTo(Arguments.Request.RUN);
        assertThat(arguments.value("--email")).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(arguments.number("--timeout", 60)).isEqualTo(30);
        assertThat(arguments.has("--json")).isTrue();
        assertThat(arguments.has("--report")).isFalse();
        assertThat(arguments.value("--pop-server")).isNull();
    }

    @Test
    void that_every_missing_required_option_is_named_at_once() {
        assertThat(error("--json")).isEqualTo("This is missing: --email ADDR, --password-stdin.");
        assertThat(error("--password-stdin", "--email")).isEqualTo("This is missing: --email ADDR.");
    }

    @Test
    void that_unknown_repeated_and_malformed_options_are_refused_by_name() {
        assertThat(error("--email", "a", "--password-stdin", "--bogus")).contains("--bogus");
        assertThat(error("--email", "a", "--email", "b", "--password-stdin"))
                .isEqualTo("--email is given more than once.");
        assertThat(error("--email", "a", "--password-stdin", "--json=yes")).isEqualTo("--json takes no value.");
    }

    @Test
    void that_an_option_is_not_taken_as_the_value_of_the_one_before_it() {
        assertThat(error("--email", "--password-stdin")).isEqualTo("This is missing: --email ADDR.");
        assertThat(error("--email", "a", "--password-stdin", "--timeout", "--json"))
                .isEqualTo("This is missing: --timeout SECONDS.");
        assertThat(parse("--email", "-taro@abc.ocn.ne.jp", "--password-stdin").value("--email"))
                .as("a value that only starts with a dash").isEqualTo("-taro@abc.ocn.ne.jp");
    }

    @Test
    void that_a_word_that_may_be_a_password_is_never_repeated_in_the_error() {
        String secret = "s3cret-Pw";
        for (String message : List.of(error("--email", "a", "--password-stdin", secret),
                error("--email", "a", "--password-stdin=" + secret),
                error("--email", "a", "--password-stdin", "--password=" + secret),
                error(secret, "--email", "a", "--password-stdin"))) {
            assertThat(message).doesNotContain(secret);
        }
        assertThat(error("--email", "a", "--password-stdin", secret)).contains("--password-stdin");
        assertThat(error("--email", "a", "--password-stdin", "--password=" + secret)).contains("--password");
    }

    @Test
    void that_a_switch_takes_true_or_false_as_picocli_did() {
        assertThat(parse("--email", "a", "--password-stdin", "--json=true").has("--json")).isTrue();
        assertThat(parse("--email", "a", "--password-stdin", "--json=FALSE").has("--json")).isFalse();
    }

    @Test
    void that_a_number_option_says_which_value_is_not_a_number() {
        Arguments arguments = parse("--email", "a", "--password-stdin", "--timeout", "ten");

        assertThatThrownBy(() -> arguments.number("--timeout", 60)).isInstanceOf(UsageException.class)
                .satisfies(e -> assertThat(((UsageException) e).message(Locale.ENGLISH))
                        .isEqualTo("\"ten\" is not a valid value for --timeout."));
    }

    @Test
    void that_help_and_version_win_over_anything_else_on_the_line() {
        assertThat(parse("--bogus", "--help").request()).isEqualTo(Arguments.Request.HELP);
        assertThat(parse("-h").request()).isEqualTo(Arguments.Request.HELP);
        assertThat(parse("-V").request()).isEqualTo(Arguments.Request.VERSION);
    }

    @Test
    void that_the_help_lists_every_option_the_parser_takes() {
        for (CommandSpec spec : List.of(CheckCommand.SPEC, ExportCommand.SPEC, ThunderbirdCommand.SPEC)) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
                String help = HelpText.of(spec, locale);
                for (CommandOption option : spec.options()) {
                    assertThat(help).as(spec.name() + " " + locale).contains("  " + option.synopsis() + "\n");
                }
            }
        }
    }
}
