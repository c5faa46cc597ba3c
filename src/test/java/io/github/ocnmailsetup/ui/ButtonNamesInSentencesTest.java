package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sentence that tells the user to press a button names it as the button reads (walk F28), without its Alt mark. */
class ButtonNamesInSentencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void that_the_done_page_names_the_thunderbird_button_by_its_own_label(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String button = UiText.labelInSentence(locale, "tb.apply");
        assertThat(button).doesNotContain("_").doesNotEndWith(")");
        assertThat(UiText.get(locale, "tb.apply").replace("_", "")).startsWith(button);
        assertThat(UiText.get(locale, "done.first.thunderbird", button)).contains(button);
    }
}
