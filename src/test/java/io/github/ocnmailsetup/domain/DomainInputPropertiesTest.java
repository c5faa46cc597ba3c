package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random input never breaks the domain: the only failure it raises is its own ValidationException, with a
 * message in both languages. Property-based, with QuickTheories (docs/decisions/0004).
 */
class DomainInputPropertiesTest {

    /** Strings made of the characters that matter here: letters, digits, @, dots, spaces, kana, controls. */
    private static Gen<String> addressLike() {
        String alphabet = "abcXYZ019@@..-_+ \t\"<>()[]\\,;:ocnejp日本あア\u0000\u200b😀ａＢ１＠．　。ー";
        return integers().all().map(seed -> pick(alphabet, seed));
    }

    private static String pick(String alphabet, int seed) {
        java.util.Random random = new java.util.Random(seed);
        int[] points = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(points[random.nextInt(points.length)]);
        }
        if (random.nextBoolean()) {
            out.append(random.nextBoolean() ? "@abc.ocn.ne.jp" : "@ocn.ne.jp");
        }
        return out.toString();
    }

    @Test
    void that_any_address_input_is_accepted_as_an_ocn_address_or_refused_with_a_message() {
        qt().withExamples(3000).forAll(addressLike()).checkAssert(input -> {
            try {
                OcnAddress address = OcnAddress.parse(input);
                assertThat(address.domain()).matches("([a-z0-9-]+\\.)*ocn\\.ne\\.jp");
                String normalised = OcnAddress.normalise(input);
                assertThat(address.value()).isEqualTo(normalised.substring(0, normalised.lastIndexOf('@') + 1)
                        + address.domain());
            } catch (ValidationException e) {
                assertThat(e.message(Locale.JAPANESE)).isNotBlank();
                assertThat(e.message(Locale.ENGLISH)).isNotBlank();
            }
        });
    }

    @Test
    void that_any_password_input_gives_at_most_8_characters_or_a_message() {
        PasswordRule rule = PasswordRule.bundled();
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(input -> {
            try {
                PasswordRule.PasswordForMailSoftware result = rule.apply(Secret.of(input));
                assertThat(result.toType().codePoints()).isLessThanOrEqualTo(8);
                assertThat(input).startsWith(result.toType().reveal());
                assertThat(result.truncated()).isEqualTo(input.codePointCount(0, input.length()) > 8);
            } catch (ValidationException e) {
                assertThat(input.isEmpty() || !input.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)).isTrue();
                assertThat(e.message(Locale.JAPANESE)).isNotBlank();
            }
        });
    }

    @Test
    void that_any_date_input_is_read_or_refused_with_a_message() {
        Gen<String> dateLike = strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 14)
                .mix(integers().between(1, 40).zip(integers().between(0, 14), integers().between(0, 33),
                        (y, m, d) -> "H" + y + "." + m + "." + d), 40)
                .mix(integers().between(1900, 2100).zip(integers().between(0, 14), integers().between(0, 33),
                        (y, m, d) -> y + "-" + m + "-" + d), 40)
                .mix(integers().between(0, 10).zip(integers().between(0, 14), integers().between(0, 33),
                        (y, m, d) -> "令和" + y + "年" + m + "月" + d + "日"), 30);
        EligibilityPolicy policy = EligibilityPolicy.bundled();
        qt().withExamples(3000).forAll(dateLike).checkAssert(input -> {
            try {
                var date = DateInput.parse(input);
                policy.decide(EligibilityAnswer.of(AddressOrigin.NEW_SUBSCRIPTION, date));
            } catch (ValidationException e) {
                assertThat(e.message(Locale.JAPANESE)).isNotBlank();
                assertThat(e.message(Locale.ENGLISH)).isNotBlank();
            }
        });
    }
}
