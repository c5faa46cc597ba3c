package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import java.util.Locale;

/**
 * What every page controller gets: the wizard's model and the window's services.
 *
 * @param model the state that outlives the views
 * @param shell the window around the page
 */
public record PageContext(WizardModel model, ShellServices shell) {

    /** A message in the window's language. */
    public String words(Text text) {
        return text.in(locale());
    }

    public Locale locale() {
        return model.locale();
    }
}
