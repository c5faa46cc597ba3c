package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.MailUse;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Page 1's controller: wiring only (docs/architecture.md, "The look"). */
public final class WelcomeView {

    private final PageContext context;
    private final WelcomeViewModel vm;
    @FXML private ToggleGroup use;
    @FXML private RadioButton mailSoftware;
    @FXML private RadioButton webmailOnly;
    @FXML private Label demoNote;
    @SuppressWarnings("unused")
    private ChangeListener<MailUse> keep;

    public WelcomeView(WelcomeViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        keep = Toggles.bind(use, vm.mailUseProperty(),
                Map.of(mailSoftware, MailUse.MAIL_SOFTWARE, webmailOnly, MailUse.WEBMAIL_ONLY));
        Views.show(demoNote, context.demo().isPresent());
        Views.initialFocus(mailSoftware);
    }
}
