package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.VersionUp;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The version-up page: the notice's 「「OCNメール」へのバージョンアップ(移行)がお済みでないお客さまへ」. Never a
 * dead end: once the version-up is done, "check again" returns to the eligibility question with that answer.
 */
public final class VersionUpView {

    private final PageContext context;
    @FXML private Label reason;
    @FXML private Label next;
    @FXML private Button checkAgain;

    public VersionUpView(PageContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        EligibilityOutcome outcome = context.model().eligibilityPage().outcomeProperty().get();
        if (outcome != null) {
            reason.setText(context.words(outcome.reason()));
            next.setText(context.words(outcome.nextStep()));
        }
        checkAgain.setOnAction(e -> {
            context.model().eligibilityPage().versionUpProperty().set(VersionUp.DONE);
            context.model().back();
        });
    }
}
