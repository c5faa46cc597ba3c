package io.github.ocnmailsetup.ui.page;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** Page 6's controller: wiring only. */
public final class MailAgainView {

    private final PageContext context;
    private final MailAgainViewModel vm;
    @FXML private Label message;
    @FXML private Label passwordWhere;
    @FXML private CheckBox acknowledged;

    public MailAgainView(MailAgainViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Views.words(message, context, vm.message());
        passwordWhere.setText(vm.passwordWhere(context.locale()));
        acknowledged.selectedProperty().bindBidirectional(vm.acknowledgedProperty());
        Views.showWhen(acknowledged, vm.needsAcknowledgement());
        Views.initialFocus(acknowledged);
    }
}
