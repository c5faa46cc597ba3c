package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Values the user types elsewhere show in a fixed-width family this machine has: chosen in code per system, since
 * CSS reads only the first name of a family list.
 */
@ExtendWith(ApplicationExtension.class)
class MonospaceFontTest {

    @Test
    void each_system_gets_its_own_fixed_width_family_when_it_has_it() {
        assertThat(MonospaceFont.choose("Windows 11", List.of("Courier New", "Consolas", "Meiryo"))).isEqualTo("Consolas");
        assertThat(MonospaceFont.choose("Mac OS X", List.of("Monaco", "Menlo"))).isEqualTo("Menlo");
        assertThat(MonospaceFont.choose("Linux", List.of("DejaVu Sans Mono", "Noto Sans Mono CJK JP")))
                .isEqualTo("Noto Sans Mono CJK JP");
        assertThat(MonospaceFont.choose("Linux", List.of("DejaVu Sans", "DejaVu Sans Mono"))).isEqualTo("DejaVu Sans Mono");
    }

    @Test
    void without_any_known_family_javafx_logical_fixed_width_family_is_used() {
        assertThat(MonospaceFont.choose("Linux", List.of("DejaVu Sans", "Noto Sans CJK JP")))
                .isEqualTo(MonospaceFont.LOGICAL);
    }

    @Test
    void this_machine_resolves_an_installed_family_whose_letters_all_have_one_width() {
        String family = MonospaceFont.family();
        if (!family.equals(MonospaceFont.LOGICAL)) {
            assertThat(Font.getFamilies()).contains(family);
        }
        Font font = Font.font(family, 20);
        assertThat(font.getFamily()).isEqualTo(family);
        assertThat(width("iiiiiiii", font)).as("fixed width").isCloseTo(width("MMMMMMMM", font),
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(MonospaceFont.stylesheet()).startsWith("data:text/css;base64,");
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
