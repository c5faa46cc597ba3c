package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeMessages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Page 8's controller: the notice's 「3)メールを送受信します」, whether the test is still open, what fits the chosen
 * mail software first, the other files, and "test again".
 */
public final class DoneView {

    private final PageContext context;
    private final DoneViewModel vm;
    @FXML private Label confirm;
    @FXML private Label testOpen;
    @FXML private VBox exportBox;
    @FXML private Button testAgain;

    public DoneView(DoneViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        confirm.setText(context.words(NoticeMessages.confirmBySendingAndReceiving()));
        Views.show(testOpen, vm.testStillOpen());
        testAgain.setOnAction(e -> vm.testAgain());
        ExportSection.install(exportBox, vm, context);
        if (!vm.export().available()) {
            Views.initialFocus(testAgain); // never Finish first: Enter would close the app
        }
    }
}
