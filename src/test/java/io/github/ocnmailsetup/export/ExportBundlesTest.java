package io.github.ocnmailsetup.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ExportBundlesTest {

    @Test
    void that_english_and_japanese_have_the_same_keys() {
        ResourceBundle en = I18n.bundle(ProfileExporter.BUNDLE, Locale.ENGLISH);
        ResourceBundle ja = I18n.bundle(ProfileExporter.BUNDLE, Locale.JAPANESE);

        assertThat(ja.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(ja.getLocale()).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void that_every_format_has_words_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            for (ExportFormat format : ExportFormat.values()) {
                assertThat(format.label().in(locale)).contains(format == ExportFormat.SHEET ? "HTML" : "(");
            }
        }
    }

    @Test
    void that_the_export_commands_keys_exist_in_both_languages() {
        String cli = "io.github.ocnmailsetup.cli.messages";
        ResourceBundle en = I18n.bundle(cli, Locale.ENGLISH);
        ResourceBundle ja = I18n.bundle(cli, Locale.JAPANESE);

        assertThat(en.keySet().stream().filter(k -> k.startsWith("export."))).hasSizeGreaterThan(5)
                .allSatisfy(key -> assertThat(ja.containsKey(key)).as(key).isTrue());
        assertThat(ja.keySet().stream().filter(k -> k.startsWith("export.")))
                .allSatisfy(key -> assertThat(en.containsKey(key)).as(key).isTrue());
    }
}
