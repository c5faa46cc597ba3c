package io.github.ocnmailsetup.ui.page;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The version-up page: the notice's 「「OCNメール」へのバージョンアップ(移行)がお済みでないお客さまへ」. Never a
 * dead end: once the version-up is done, "check again" returns to the eligibility question with that answer, and a
 * user who is not sure can "test anyway".
 */
public final class VersionUpView {

    private final PageContext context;
    private final VersionUpViewModel vm;
    @FXML private Label reason;
    @FXML private Label next;
    @FXML private Button checkAgain;
    @FXML private Button testAnyway;

    public VersionUpView(VersionUpViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        vm.outcome().ifPresent(outcome -> {
            reason.setText(context.words(outcome.reason()));
            next.setText(context.words(outcome.nextStep()));
        });
        checkAgain.setOnAction(e -> vm.versionUpDone());
        testAnyway.setOnAction(e -> vm.testAnyway());
        Views.initialFocus(checkAgain);
    }
}
