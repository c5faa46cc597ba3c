package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a Japanese heading may break its line: between phrases, never before a particle or inside a word. */
class HeadingBreaksTest {

    @Test
    void a_heading_breaks_after_particles_before_the_next_word() {
        assertThat(HeadingBreaks.phrases("お使いのアドレスでSSLを使えますか"))
                .containsExactly("お使いの", "アドレスで", "SSLを", "使えますか");
        assertThat(HeadingBreaks.phrases("受信済みのメールが、もう一度届きます"))
                .containsExactly("受信済みの", "メールが、", "もう", "一度届きます");
    }

    @Test
    void a_compound_verb_and_a_bracket_stay_whole() {
        assertThat(HeadingBreaks.phrases("OCNメールをSSLに切り替えましょう"))
                .containsExactly("OCNメールを", "SSLに", "切り替えましょう");
        assertThat(HeadingBreaks.phrases("先に新しい「OCNメール」へのバージョンアップを"))
                .containsExactly("先に", "新しい", "「OCNメール」への", "バージョンアップを");
    }

    @Test
    void a_sentence_mark_ends_a_phrase_and_never_starts_a_line() {
        assertThat(HeadingBreaks.phrases("あと少しです：送受信を1回してください"))
                .containsExactly("あと少しです：", "送受信を", "1回してください");
    }
}
