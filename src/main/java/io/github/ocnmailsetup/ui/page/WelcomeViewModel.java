package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailUse;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Page 1: does the user read mail in mail software, or only in the browser (webmail)? */
public final class WelcomeViewModel {

    private final ObjectProperty<MailUse> mailUse = new SimpleObjectProperty<>();
    private final BooleanBinding answered = Bindings.isNotNull(mailUse);

    /** The answer; null until the user chooses. */
    public ObjectProperty<MailUse> mailUseProperty() {
        return mailUse;
    }

    public BooleanBinding answered() {
        return answered;
    }
}
