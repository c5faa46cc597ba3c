package io.github.ocnmailsetup.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first installed family of per-OS preference lists: this operating system's list first, then the others (a
 * Linux machine may have a Windows font installed), as {@link JapaneseFont} and {@link MonospaceFont} choose.
 */
record FontChoice(List<String> windows, List<String> mac, List<String> linux) {

    Optional<String> firstInstalled(String osName, Collection<String> installed) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<String> own = os.startsWith("windows") ? windows : os.startsWith("mac") ? mac : linux;
        for (List<String> list : List.of(own, linux, windows, mac)) {
            for (String family : list) {
                if (installed.contains(family)) {
                    return Optional.of(family);
                }
            }
        }
        return Optional.empty();
    }
}
