package io.github.ocnmailsetup.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one font family the window uses, chosen in code from the families this machine has. JavaFX CSS reads only
 * the first name of a {@code -fx-font-family} list (a comma list is not a fallback list), so a family the machine
 * lacks would give the default font, whose kana may come from another font without a bold face: then Latin letters
 * render bold and kana regular in the same heading. Each operating system's own Japanese UI family comes first;
 * then families that are known to carry kana with a real bold (Noto Sans CJK JP, which the Linux package and CI
 * install); then any family that carries kana at all.
 */
public final class JapaneseFont {

    /** Windows: the UI family of Windows 8.1 and later, then Meiryo (Vista, 7). */
    static final List<String> WINDOWS = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "Yu Gothic", "MS UI Gothic");
    /** macOS: Hiragino Sans (10.11 and later), then the older Hiragino names. */
    static final List<String> MAC = List.of("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Hiragino Kaku Gothic Pro");
    /** Linux: Noto Sans CJK JP (fonts-noto-cjk, with a bold face) before fonts that have none. */
    static final List<String> LINUX = List.of("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
            "Source Han Sans", "IPAexGothic", "IPAPGothic", "IPAGothic", "VL PGothic", "VL Gothic", "TakaoPGothic");
    /** What JavaFX calls its own default family, used when no family with kana is installed. */
    static final String SYSTEM = "System";

    private static final FontChoice CHOICE = new FontChoice(WINDOWS, MAC, LINUX, installed -> installed.stream().filter(JapaneseFont::namedJapanese).sorted().findFirst()
            .orElse(SYSTEM));

    private JapaneseFont() {
    }

    /** The family for this machine. */
    public static String family() {
        return CHOICE.family();
    }

    /**
     * The first family of this operating system's list that is installed, then the first of any list, then an
     * installed family whose name says it is Japanese, else {@link #SYSTEM}.
     */
    static String choose(String osName, Collection<String> installed) {
        return CHOICE.choose(osName, installed);
    }

    private static boolean namedJapanese(String family) {
        String name = family.toLowerCase(Locale.ROOT);
        return name.contains(" jp") || name.contains("japanese") || name.contains("gothic")
                || family.contains("\u30b4\u30b7\u30c3\u30af"); // "Gothic" in katakana
    }

    /** The CSS that sets the family on a node, with the text size. */
    static String style(double fontPx) {
        return "-fx-font-size: " + fontPx + "px; -fx-font-family: \"" + family() + "\";";
    }
}
