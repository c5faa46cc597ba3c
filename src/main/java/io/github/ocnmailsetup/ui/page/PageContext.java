package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.WizardOptions.DemoAccount;
import java.util.Locale;
import java.util.Optional;

/**
 * What every page controller gets besides its own ViewModel: the window's language and services. No ViewModel of
 * another page is reachable from here (LayerRulesTest).
 *
 * @param locale the window's language; a language switch builds the views again
 * @param shell  the window around the page
 * @param demo   in {@code --demo}, the demo account the pages show as a hint
 */
public record PageContext(Locale locale, ShellServices shell, Optional<DemoAccount> demo) {

    /** A message in the window's language. */
    public String words(Text text) {
        return text.in(locale);
    }
}
