package io.github.ocnmailsetup.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.Secret;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Page 3, the address and the password, without a window. */
class AccountViewModelTest {

    private final AccountViewModel account = new AccountViewModel(OcnSettings.bundled());

    @Test
    void that_a_long_password_gives_the_case_of_the_rule_never_the_length_or_the_characters() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("abcdefghijk"));
        String advice = account.passwordAdviceProperty().get().in(Locale.ENGLISH);
        assertThat(advice).contains("9 or more characters").contains("first 8").doesNotContain("11")
                .doesNotContain("abcdefgh");
        assertThat(account.passwordForMailSoftware().orElseThrow().toType().reveal()).isEqualTo("abcdefgh");
        assertThat(account.answered().get()).isTrue();
    }

    @Test
    void that_eight_characters_need_no_advice_and_a_foreign_address_is_refused() {
        account.typePassword(Secret.of("abcdefgh"));
        assertThat(account.passwordAdviceProperty().get()).isNull();
        account.addressProperty().set("taro@gmail.com");
        assertThat(account.addressProblemProperty().get()).isNotNull();
        assertThat(account.answered().get()).isFalse();
    }

    @Test
    void that_a_full_width_password_gets_a_note_and_cannot_go_on_until_retyped() {
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        account.typePassword(Secret.of("ｐａｓｓ1234"));
        assertThat(account.passwordAdviceProperty().get().in(Locale.JAPANESE)).contains("日本語入力");
        assertThat(account.passwordForMailSoftware()).isEmpty();
        assertThat(account.answered().get()).isFalse();

        account.typePassword(Secret.of("pass1234"));
        assertThat(account.passwordAdviceProperty().get()).isNull();
        assertThat(account.answered().get()).isTrue();
    }

    @Test
    void that_an_address_typed_full_width_with_spaces_is_shown_as_it_will_be_used() {
        account.addressProperty().set(" ｔａｒｏ＠ABC.OCN.NE.JP ");
        assertThat(account.address().orElseThrow().value()).isEqualTo("taro@abc.ocn.ne.jp");
        assertThat(account.addressChangedByNormalising().get()).isTrue();
        account.addressProperty().set("taro@abc.ocn.ne.jp");
        assertThat(account.addressChangedByNormalising().get()).as("nothing to show").isFalse();
    }

    @Test
    void that_spaces_around_the_password_are_warned_about_and_kept() {
        account.typePassword(Secret.of(" abcdefg"));
        assertThat(account.passwordSpacesProperty().get()).isNotNull();
        assertThat(account.password().orElseThrow().reveal()).isEqualTo(" abcdefg");
        account.typePassword(Secret.of("abcdefg"));
        assertThat(account.passwordSpacesProperty().get()).isNull();
    }
}
