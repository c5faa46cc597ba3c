package io.github.ocnmailsetup.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * The fixed-width family for values the user types elsewhere (user name, server names, ports: the {@code .mono}
 * style), chosen in code from the families this machine has, as {@link JapaneseFont} does for the text: JavaFX CSS
 * reads only the first name of a {@code -fx-font-family} list, so a list in the stylesheet gave a proportional
 * fallback wherever its first family was missing. Sources: docs/wizard.md, "Look and access".
 */
public final class MonospaceFont {

    /** Windows: Consolas (shipped since Windows Vista), then Courier New. */
    static final List<String> WINDOWS = List.of("Consolas", "Courier New");
    /** macOS: Menlo (the default fixed-width family since Mac OS X 10.6), then Monaco. */
    static final List<String> MAC = List.of("Menlo", "Monaco");
    /** Linux: Noto Sans Mono CJK JP (fonts-noto-cjk: kana too, as the text font), then DejaVu and Liberation. */
    static final List<String> LINUX = List.of("Noto Sans Mono CJK JP", "DejaVu Sans Mono", "Liberation Mono");
    /** JavaFX's own logical fixed-width family, used when none of the above is installed. */
    static final String LOGICAL = "Monospaced";
    /** The style classes that show a value in the fixed-width family (wizard.css). */
    static final List<String> STYLE_CLASSES = List.of(".mono", ".mono-muted");

    private static final FontChoice CHOICE = new FontChoice(WINDOWS, MAC, LINUX, installed -> LOGICAL);

    private MonospaceFont() {
    }

    /** The family for this machine. */
    public static String family() {
        return CHOICE.family();
    }

    /** The first installed family of this operating system's list, then of any list, else {@link #LOGICAL}. */
    static String choose(String osName, Collection<String> installed) {
        return CHOICE.choose(osName, installed);
    }

    /** A stylesheet (a data URI, which JavaFX reads since version 17) that sets the family on the mono styles. */
    static String stylesheet() {
        String css = String.join(", ", STYLE_CLASSES) + " { -fx-font-family: \"" + family() + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
