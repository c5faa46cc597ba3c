package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.probe.CheckResult;
import io.github.ocnmailsetup.probe.MailboxStats;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel.State;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Page 4's controller: wiring only. A timer moves the elapsed time on while the check runs off the UI thread. */
public final class TestView {

    private final PageContext context;
    private final ConnectionTestViewModel vm;
    private final Timeline ticker;
    @FXML private Label notice;
    @FXML private Label account;
    @FXML private VBox passwordPrompt;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Button startButton;
    @FXML private Button cancelButton;
    @FXML private VBox stepBox;
    @FXML private ProgressBar progress;
    @FXML private Label elapsed;
    @FXML private VBox resultBox;
    @FXML private Label resultHeadline;
    @FXML private VBox adviceBox;
    @FXML private Label mailbox;
    @FXML private Button copyReport;
    @FXML private Button testAgain;
    @FXML private Label copied;
    @FXML private Label scannerNote;
    @FXML private FlowPane actionBox;
    @FXML private VBox wayOnBox;
    @FXML private Button continueWithoutTest;

    public TestView(ConnectionTestViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
        this.ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        notice.setText(context.words(vm.notice()));
        account.setText(UiText.get(context.locale(), "test.account",
                vm.address().map(a -> a.value()).orElse("")));
        // Where the password has been dropped (the user started over), the test asks for it here.
        boolean asks = vm.passwordMissing().get();
        Views.show(passwordPrompt, asks);
        passwordLabel.setLabelFor(password);
        password.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
        password.setOnAction(e -> vm.start());
        startButton.disableProperty().bind(vm.passwordMissing());
        testAgain.disableProperty().bind(vm.passwordMissing());
        startButton.setOnAction(e -> vm.start());
        cancelButton.setOnAction(e -> vm.cancel());
        testAgain.setOnAction(e -> vm.start());
        copyReport.setOnAction(e -> {
            context.shell().copy(vm.report(context.locale()));
            Views.show(copied, true);
            Views.confirmCopied(copyReport, context.locale());
        });
        Views.show(copied, false);
        Views.showWhen(startButton, vm.stateProperty().isEqualTo(State.READY));
        Views.showWhen(cancelButton, vm.running());
        Views.showWhen(progress, vm.running());
        Views.showWhen(elapsed, vm.running()); // a running clock; after the test, the time is in the report
        Views.showWhen(resultBox, Bindings.isNotNull(vm.resultProperty()).and(vm.running().not()));
        TestWayOn wayOn = vm.wayOn();
        continueWithoutTest.setOnAction(e -> wayOn.continueWithoutTest());
        Views.showWhen(wayOnBox, vm.passed().not().and(vm.running().not())
                .and(Bindings.createBooleanBinding(wayOn::wizardGoesOn)));
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        Views.text(elapsed, () -> UiText.get(context.locale(), "test.elapsed",
                vm.elapsedMillisProperty().get() / 1000), vm.elapsedMillisProperty());
        Views.whileShowing(stepBox, vm.steps(), this::showSteps);
        Views.whileShowing(stepBox, vm.resultProperty(), () -> showResult(true));
        Views.whileShowing(stepBox, vm.running(), () -> {
            if (vm.running().get()) {
                ticker.play();
                Platform.runLater(cancelButton::requestFocus);
            } else {
                ticker.stop();
            }
        });
        if (vm.running().get()) {
            ticker.play();
        }
        stepBox.sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                ticker.stop();
            }
        });
        showSteps();
        showResult(false);
        Views.initialFocus(asks ? password : vm.stateProperty().get() == State.READY ? startButton : testAgain);
    }

    private void showSteps() {
        stepBox.getChildren().clear();
        for (StepRow row : vm.steps()) {
            String status = UiText.get(context.locale(), "test.status." + row.status().name());
            // Step times are for the support report, not the main text (issue 15).
            Label line = new Label(UiText.get(context.locale(), "test.stepLine", status,
                    context.words(row.step().label())));
            line.getStyleClass().addAll("check-step", "status-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
            line.setWrapText(true);
            stepBox.getChildren().add(line);
        }
    }

    /** @param arrived whether the test has just ended (else the page is shown again with its last result) */
    private void showResult(boolean arrived) {
        CheckResult result = vm.resultProperty().get();
        adviceBox.getChildren().clear();
        resultBox.getStyleClass().removeAll("success", "warning");
        if (result == null) {
            return;
        }
        resultBox.getStyleClass().add(result.ok() ? "success" : "warning");
        resultHeadline.setText(UiText.get(context.locale(), result.ok() ? "test.passed" : "test.failed"));
        // A remedy with numbered steps has one step per line: each becomes its own list item.
        for (Text advice : result.advice()) {
            for (String part : context.words(advice).split("\n")) {
                Label line = new Label(part);
                line.setWrapText(true);
                adviceBox.getChildren().add(line);
            }
        }
        showActions(result);
        MailboxStats stats = result.stats().orElse(null);
        Views.show(mailbox, stats != null);
        if (stats != null) {
            mailbox.setText(UiText.get(context.locale(), "test.mailbox", stats.messages(),
                    NoticeMessages.megabytes(stats.bytes())));
        }
        // The result and, after a failure, its remedy are seen at once: the box is scrolled into view (whole, or
        // from its headline when it is taller than the view), after the most likely fix has taken the focus.
        if (!result.ok() || arrived) {
            Platform.runLater(() -> {
                if (!result.ok()) {
                    actionBox.getChildren().get(0).requestFocus();
                }
                BelowTheFold.reveal(resultBox);
            });
        }
    }

    /** A failure's buttons before "test again"; for a certificate refused, what mail-scanning software is. */
    private void showActions(CheckResult result) {
        actionBox.getChildren().removeIf(n -> n.getStyleClass().contains("failure-action"));
        int at = 0;
        for (TestAction action : vm.wayOn().actions()) {
            if (action == TestAction.TEST_AGAIN) {
                continue;
            }
            Button button = new Button(UiText.get(context.locale(), "test.action." + action.name()));
            button.setId("action-" + action.name());
            button.getStyleClass().add("failure-action");
            button.setOnAction(e -> vm.wayOn().perform(action));
            actionBox.getChildren().add(at++, button);
        }
        String issuer = result instanceof CheckResult.Failed failed && failed.kind().isTls()
                ? failed.certificateDetails().map(c -> c.issuer()).orElse(null) : null;
        Views.show(scannerNote, issuer != null);
        if (issuer != null) {
            scannerNote.setText(UiText.get(context.locale(), "test.scanner", issuer));
        }
    }
}
