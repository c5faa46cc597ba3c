package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.ui.flow.Page;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Page 8's controller: the notice's 「3)メールを送受信します」, the take-away profiles, and "test again". */
public final class DoneView {

    private final PageContext context;
    @FXML private Label confirm;
    @FXML private VBox exportBox;
    @FXML private Button testAgain;

    public DoneView(PageContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        confirm.setText(context.words(NoticeMessages.confirmBySendingAndReceiving()));
        testAgain.setOnAction(e -> context.model().goTo(Page.TEST));
        ExportSection.install(exportBox, context);
    }
}
