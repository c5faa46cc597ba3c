package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Japanese text in one family with a real bold: the window picks the family in code (CSS reads only the first
 * name of a list), and a heading's kana are as bold as its Latin letters.
 */
@ExtendWith(ApplicationExtension.class)
class JapaneseFontTest {

    @Test
    void each_system_gets_its_own_japanese_ui_family_when_it_has_it() {
        assertThat(JapaneseFont.choose("Windows 11", List.of("Arial", "Meiryo", "Yu Gothic UI"))).isEqualTo("Yu Gothic UI");
        assertThat(JapaneseFont.choose("Windows 7", List.of("Arial", "Meiryo"))).isEqualTo("Meiryo");
        assertThat(JapaneseFont.choose("Mac OS X", List.of("Hiragino Kaku Gothic ProN", "Hiragino Sans")))
                .isEqualTo("Hiragino Sans");
        assertThat(JapaneseFont.choose("Linux", List.of("IPAGothic", "DejaVu Sans", "Noto Sans CJK JP")))
                .isEqualTo("Noto Sans CJK JP");
    }

    @Test
    void without_the_preferred_family_a_font_with_kana_is_chosen_before_the_default() {
        assertThat(JapaneseFont.choose("Linux", List.of("DejaVu Sans", "IPAGothic"))).isEqualTo("IPAGothic");
        assertThat(JapaneseFont.choose("Linux", List.of("DejaVu Sans", "Some Font JP"))).isEqualTo("Some Font JP");
        assertThat(JapaneseFont.choose("Linux", List.of("DejaVu Sans"))).isEqualTo(JapaneseFont.SYSTEM);
    }

    @Test
    void this_machine_resolves_a_japanese_family_whose_bold_differs_from_its_regular() {
        String family = JapaneseFont.family();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            // CI and the Linux package install fonts-noto-cjk (.ci/run, src/packaging/BuildInstaller.java).
            assertThat(family).isEqualTo("Noto Sans CJK JP");
        }
        assertThat(Font.getFamilies()).contains(family);
        Font regular = Font.font(family, FontWeight.NORMAL, 20);
        Font bold = Font.font(family, FontWeight.BOLD, 20);
        assertThat(regular.getFamily()).isEqualTo(family);
        assertThat(bold.getFamily()).isEqualTo(family);
        assertThat(bold.getName()).as("a bold face of its own, not the regular one").isNotEqualTo(regular.getName());
        String kana = "あと少しです：送受信を1回してください";
        assertThat(width(kana, bold)).as("bold kana are drawn wider than regular ones")
                .isGreaterThan(width(kana, regular));
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
