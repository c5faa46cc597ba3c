package io.github.ocnmailsetup.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTextTest {

    @Test
    void that_terminal_controls_become_visible_escapes() {
        assertThat(ServerText.visible("a\u001b[2Jb\u0007c\rd\ne\tf\u007f"))
                .isEqualTo("a\\x1b[2Jb\\x07c\\x0dd\\x0ae\\x09f\\x7f");
    }

    @Test
    void that_c1_controls_bidi_overrides_and_line_separators_become_visible() {
        assertThat(ServerText.visible("x\u009b31m\u0085y\u202egnp.exe\u2066z\u2028w"))
                .isEqualTo("x\\u009b31m\\u0085y\\u202egnp.exe\\u2066z\\u2028w");
    }

    @Test
    void that_ordinary_text_and_japanese_stay_as_they_are() {
        String text = "+OK Dovecot ready. 受信(POP)サーバ CN=pop.ocn.ne.jp,O=NTT \\escaped";
        assertThat(ServerText.visible(text)).isSameAs(text);
    }
}
