package io.github.ocnmailsetup.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretFormsTest {

    private static final String USER = "taro@abc.ocn.ne.jp";
    private final SecretForms forms = new SecretForms(USER, "pa55word");

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void that_the_exact_auth_plain_token_is_scrubbed_as_one() {
        String token = base64(USER + "\0" + USER + "\0" + "pa55word");
        assertThat(forms.scrub("535 5.7.8 " + token + " rejected")).isEqualTo("535 5.7.8 [secret] rejected");
        assertThat(forms.scrub(base64("\0" + USER + "\0pa55word"))).isEqualTo("[secret]");
    }

    @Test
    void that_the_auth_login_tokens_are_scrubbed() {
        assertThat(forms.scrub("535 " + base64(USER) + " " + base64("pa55word")))
                .isEqualTo("535 [address] [secret]");
    }

    @Test
    void that_the_password_is_found_inside_any_base64_text_at_each_of_the_three_alignments() {
        for (String before : new String[] {"", "x", "xy", "xyz", "hello, "}) {
            String echoed = base64(before + "pa55word" + " and more");
            String scrubbed = forms.scrub(echoed);
            assertThat(scrubbed).as("after %s", before).contains("[secret]");
            for (int alignment = 0; alignment < 3; alignment++) {
                String inner = SecretForms.innerBase64("pa55word".getBytes(StandardCharsets.UTF_8), alignment);
                assertThat(scrubbed).doesNotContain(inner);
            }
        }
    }

    @Test
    void that_the_plain_password_is_scrubbed_and_ordinary_text_is_left_alone() {
        assertThat(forms.scrub("-ERR bad pass pa55word")).isEqualTo("-ERR bad pass [secret]");
        assertThat(forms.scrub("+OK Dovecot ready.")).isEqualTo("+OK Dovecot ready.");
    }
}
