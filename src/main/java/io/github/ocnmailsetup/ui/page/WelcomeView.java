package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailUse;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Page 1's controller: wiring only (STYLE.md). */
public final class WelcomeView {

    private final PageContext context;
    @FXML private ToggleGroup use;
    @FXML private RadioButton mailSoftware;
    @FXML private RadioButton webmailOnly;
    @FXML private Label demoNote;
    @SuppressWarnings("unused")
    private ChangeListener<MailUse> keep;

    public WelcomeView(PageContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        keep = Toggles.bind(use, context.model().welcome().mailUseProperty(),
                Map.of(mailSoftware, MailUse.MAIL_SOFTWARE, webmailOnly, MailUse.WEBMAIL_ONLY));
        Views.show(demoNote, context.model().options().demo());
        Views.initialFocus(mailSoftware);
    }
}
