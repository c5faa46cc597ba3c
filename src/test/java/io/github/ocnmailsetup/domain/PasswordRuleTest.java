package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notice's *1: with 9 or more characters, only the first 8 go into the mail software. */
class PasswordRuleTest {

    private final PasswordRule rule = PasswordRule.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "abcdefgh,   abcdefgh,  false",
        "abcdefghi,  abcdefgh,  true",
        "abcdefghijklmnop, abcdefgh, true",
        "a,          a,         false",
        "'pass word~!@#$%^&*()', 'pass wor', true",
    })
    void that_only_the_first_8_characters_are_used_from_a_longer_password(String typed, String used, boolean cut) {
        PasswordRule.PasswordForMailSoftware result = rule.apply(Secret.of(typed));

        assertThat(result.toType().reveal()).isEqualTo(used);
        assertThat(result.truncated()).isEqualTo(cut);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ひみつ", "ｐａｓｓｗｏｒｄ", "ｐａｓｓ1234", "pass\tword", "passé12", "abcdefgh😀",
        "abcdefghiパ", "pass\u3000word", "pass\u007f"})
    void that_a_password_the_check_cannot_send_faithfully_is_refused_naming_full_width_input(String typed) {
        Secret secret = Secret.of(typed);

        assertThat(rule.problem(secret)).isPresent();
        assertThatThrownBy(() -> rule.apply(secret))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.message(Locale.ENGLISH)).contains("full-width").contains("half-width")
                            .doesNotContain(secret.reveal());
                    assertThat(v.message(Locale.JAPANESE)).contains("全角").contains("半角")
                            .doesNotContain(secret.reveal());
                });
    }

    @Test
    void that_every_printable_ascii_character_including_the_space_can_be_sent() {
        for (char c = ' '; c <= '~'; c++) {
            assertThat(rule.problem(Secret.of("abc" + c))).as("character %s", (int) c).isEmpty();
        }
    }

    @Test
    void that_the_advice_says_which_case_applies_never_the_length_or_the_characters() {
        PasswordRule.PasswordForMailSoftware result = rule.apply(Secret.of("secretpass12"));

        assertThat(result.advice().in(Locale.ENGLISH)).contains("9 or more characters").contains("first 8")
                .doesNotContain("12").doesNotContain("secret");
        assertThat(result.advice().in(Locale.JAPANESE)).contains("9文字以上").contains("8文字目まで") // the notice: 8文字目までを入力
                .doesNotContain("12");
        assertThat(rule.apply(Secret.of("short")).advice().in(Locale.ENGLISH)).contains("as it is");
    }

    @Test
    void that_a_space_at_either_end_is_warned_about_and_kept() {
        assertThat(rule.edgeSpaceWarning(Secret.of(" secret1"))).isPresent();
        assertThat(rule.edgeSpaceWarning(Secret.of("secret1 ")).orElseThrow().in(Locale.JAPANESE)).contains("空白");
        assertThat(rule.edgeSpaceWarning(Secret.of("sec ret1"))).isEmpty();
        assertThat(rule.edgeSpaceWarning(Secret.of(""))).isEmpty();
        assertThat(rule.apply(Secret.of("pass ")).toType().reveal()).isEqualTo("pass ");
    }

    @Test
    void that_an_empty_password_is_refused() {
        assertThatThrownBy(() -> rule.apply(Secret.of("")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Please enter your mail password.");
    }

    @Test
    void that_a_password_never_shows_in_text_made_from_it() {
        Secret secret = Secret.of("hunter2hunter2");
        PasswordRule.PasswordForMailSoftware result = rule.apply(secret);

        assertThat(secret.toString()).doesNotContain("hunter");
        assertThat(result.toString()).doesNotContain("hunter");
    }
}
