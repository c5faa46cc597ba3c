package io.github.ocnmailsetup.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.text.Font;
import org.jspecify.annotations.Nullable;

/**
 * The first installed family of per-OS preference lists: this operating system's list first, then the others (a
 * Linux machine may have a Windows font installed), else what {@code otherwise} makes of the installed families;
 * as {@link JapaneseFont} and {@link MonospaceFont} choose. The machine's family is looked up once:
 * {@link Font#getFamilies()} reads every installed font.
 */
final class FontChoice {

    private final List<String> windows;
    private final List<String> mac;
    private final List<String> linux;
    private final Function<Collection<String>, String> otherwise;
    private volatile @Nullable String chosen;

    FontChoice(List<String> windows, List<String> mac, List<String> linux,
            Function<Collection<String>, String> otherwise) {
        this.windows = windows;
        this.mac = mac;
        this.linux = linux;
        this.otherwise = otherwise;
    }

    /** The family for this machine. */
    String family() {
        String family = chosen;
        if (family == null) {
            family = choose(System.getProperty("os.name", ""), Font.getFamilies());
            chosen = family;
        }
        return family;
    }

    String choose(String osName, Collection<String> installed) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<String> own = os.startsWith("windows") ? windows : os.startsWith("mac") ? mac : linux;
        for (List<String> list : List.of(own, linux, windows, mac)) {
            for (String family : list) {
                if (installed.contains(family)) {
                    return family;
                }
            }
        }
        return otherwise.apply(installed);
    }
}
