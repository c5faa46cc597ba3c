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
                    assertThat(v.message(Locale.JAPANESE)).containsAnyOf("OCNのアドレスではありません", "形になっていません");
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
