package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only OCN addresses, normalised the way the mail software's username field needs them. */
class OcnAddressTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "taro@abc.ocn.ne.jp|taro@abc.ocn.ne.jp",
        "  taro@abc.ocn.ne.jp\t|taro@abc.ocn.ne.jp",
        "taro@ABC.OCN.NE.JP|taro@abc.ocn.ne.jp",
        "Taro.Yamada@xyz.ocn.ne.jp|Taro.Yamada@xyz.ocn.ne.jp",
        "hanako@ocn.ne.jp|hanako@ocn.ne.jp",
        "a-b_c@sub.abc.ocn.ne.jp|a-b_c@sub.abc.ocn.ne.jp",
    })
    void that_ocn_addresses_are_accepted_trimmed_with_the_domain_in_lower_case(String input, String expected) {
        assertThat(OcnAddress.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "taro@ocn.ne.jp.example.com", "taro@xocn.ne.jp", "taro@example.com", "taro@ocn.ne.jp.", "taro@ne.jp",
        "taro@abc.ocn.ne.jpx"})
    void that_lookalike_and_other_domains_are_refused_with_a_clear_message(String input) {
        assertThatThrownBy(() -> OcnAddress.parse(input))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.message(Locale.ENGLISH)).containsAnyOf("not an OCN address", "does not look like");
                    assertThat(v.message(Locale.JAPANESE)).containsAnyOf("OCNのメールアドレスではないようです", "書き方になっていません");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void that_empty_input_asks_for_the_address(String input) {
        assertThatThrownBy(() -> OcnAddress.parse(input))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Please enter your OCN mail address.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro", "taro.abc.ocn.ne.jp", "taro@@abc.ocn.ne.jp", "ta ro@abc.ocn.ne.jp",
        "Taro <taro@abc.ocn.ne.jp>", "@abc.ocn.ne.jp", "taro@", "taro@abc..ocn.ne.jp", "\"t a\"@abc.ocn.ne.jp",
        "a*b@abc.ocn.ne.jp", "sub/x@abc.ocn.ne.jp", "a\\b@abc.ocn.ne.jp", "a?b@abc.ocn.ne.jp", "t%r@abc.ocn.ne.jp"})
    void that_text_that_is_not_an_address_is_refused(String input) {
        assertThatThrownBy(() -> OcnAddress.parse(input)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ｔａｒｏ＠ａｂｃ．ｏｃｎ．ｎｅ．ｊｐ|taro@abc.ocn.ne.jp",
        "\u3000taro@abc.ocn.ne.jp\u3000|taro@abc.ocn.ne.jp",
        "Ｔａｒｏ．Ｙ１２＠ＡＢＣ．ＯＣＮ．ＮＥ．ＪＰ|Taro.Y12@abc.ocn.ne.jp",
        "taro－yamada@abc.ocn.ne.jp|taro-yamada@abc.ocn.ne.jp",
        "TARO@Abc.Ocn.Ne.Jp|TARO@abc.ocn.ne.jp",
    })
    void that_full_width_and_spaced_input_is_accepted_after_nfkc_with_the_local_part_as_typed(String input,
            String expected) {
        assertThat(OcnAddress.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" names {1} and {2}")
    @CsvSource(delimiter = '|', value = {
        "taro@abc。ocn。ne。jp|。|.",
        "taro@abc｡ocn.ne.jp|。|.",
        "taroーyamada@abc.ocn.ne.jp|ー|-",
        "taroｰyamada@abc.ocn.ne.jp|ー|-",
        "taro−yamada@abc.ocn.ne.jp|−|-",
    })
    void that_the_input_methods_full_stop_and_long_vowel_mark_get_a_message_naming_them(String input, String mark,
            String meant) {
        assertThatThrownBy(() -> OcnAddress.parse(input))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.message(Locale.JAPANESE)).contains("「" + mark + "」").contains("半角の「" + meant + "」");
                    assertThat(v.message(Locale.ENGLISH)).contains("\"" + mark + "\"")
                            .contains("half-width \"" + meant + "\"");
                });
    }

    @Test
    void that_a_local_part_over_64_octets_or_an_address_over_254_is_refused_with_the_limits() {
        String domain = "abc.ocn.ne.jp";
        String longDomain = ("a".repeat(60) + ".").repeat(3) + "ocn.ne.jp"; // 192 characters
        assertThat(OcnAddress.parse("a".repeat(64) + "@" + domain).localPart()).hasSize(64);
        assertThat(OcnAddress.parse("a".repeat(61) + "@" + longDomain).value()).hasSize(254);

        for (String tooLong : new String[] {"a".repeat(65) + "@" + domain, "a".repeat(10_000) + "@" + domain,
            "a".repeat(62) + "@" + longDomain, "ａ".repeat(65) + "@" + domain}) {
            assertThatThrownBy(() -> OcnAddress.parse(tooLong))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> {
                        ValidationException v = (ValidationException) e;
                        assertThat(v.message(Locale.ENGLISH)).contains("too long").contains("64").contains("254");
                        assertThat(v.message(Locale.JAPANESE)).contains("長すぎます").contains("64").contains("254");
                    });
        }
    }

    @Test
    void that_the_old_incoming_server_proposed_is_the_address_domain() {
        assertThat(OcnAddress.parse("taro@abc.ocn.ne.jp").proposedOldPopServer()).isEqualTo("abc.ocn.ne.jp");
    }

    @Test
    void that_logs_and_reports_see_the_address_masked() {
        OcnAddress address = OcnAddress.parse("taro@abc.ocn.ne.jp");

        assertThat(address.masked()).isEqualTo("t***@abc.ocn.ne.jp");
        assertThat(address.toString()).doesNotContain("taro");
    }
}
