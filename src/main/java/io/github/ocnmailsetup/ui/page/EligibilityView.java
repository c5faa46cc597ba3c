package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.ui.UiText;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** Page 2's controller: wiring only. */
public final class EligibilityView {

    private final PageContext context;
    private final EligibilityViewModel vm;
    @FXML private ToggleGroup originGroup;
    @FXML private ToggleGroup laterChangeGroup;
    @FXML private ToggleGroup versionUpGroup;
    @FXML private RadioButton newSubscription;
    @FXML private RadioButton addressChanged;
    @FXML private RadioButton olderAddress;
    @FXML private RadioButton originUnknown;
    @FXML private VBox dateBox;
    @FXML private TextField date;
    @FXML private CheckBox dateUnknown;
    @FXML private VBox questionBox;
    @FXML private Label questionReason;
    @FXML private VBox laterChangeBox;
    @FXML private RadioButton laterChangeYes;
    @FXML private RadioButton laterChangeNo;
    @FXML private RadioButton laterChangeUnknown;
    @FXML private VBox versionUpBox;
    @FXML private RadioButton versionUpDone;
    @FXML private RadioButton versionUpNotDone;
    @FXML private RadioButton versionUpUnknown;
    @FXML private Label problem;
    @FXML private VBox outcomeBox;
    @FXML private Label outcomeHeadline;
    @FXML private Label outcomeReason;
    @FXML private Label outcomeNext;
    private final Object[] keep = new Object[3];

    public EligibilityView(EligibilityViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML private Label dateLabel;
    @FXML
    private void initialize() {
        dateLabel.setLabelFor(date);
        ChangeListener<OriginChoice> origin = Toggles.bind(originGroup, vm.originProperty(), Map.of(
                newSubscription, OriginChoice.NEW_SUBSCRIPTION, addressChanged, OriginChoice.ADDRESS_ADDED_OR_CHANGED,
                olderAddress, OriginChoice.OLDER_ADDRESS, originUnknown, OriginChoice.DONT_KNOW));
        ChangeListener<VersionUp> versionUp = Toggles.bind(versionUpGroup, vm.versionUpProperty(), Map.of(
                versionUpDone, VersionUp.DONE, versionUpNotDone, VersionUp.NOT_DONE,
                versionUpUnknown, VersionUp.UNKNOWN));
        keep[0] = origin;
        keep[1] = versionUp;
        keep[2] = Toggles.bind(laterChangeGroup, vm.laterChangeProperty(), Map.of(laterChangeYes,
                LaterAddressChange.YES, laterChangeNo, LaterAddressChange.NO, laterChangeUnknown,
                LaterAddressChange.UNKNOWN));
        date.textProperty().bindBidirectional(vm.dateTextProperty());
        dateUnknown.selectedProperty().bindBidirectional(vm.dateUnknownProperty());
        date.disableProperty().bind(vm.dateUnknownProperty());
        Views.showWhen(dateBox, vm.asksDate());
        Views.showWhen(laterChangeBox, vm.asksLaterChange());
        Views.showWhen(versionUpBox, vm.asksVersionUp());
        Views.words(problem, context, vm.problemProperty());
        Views.showWhen(questionBox, Bindings.createBooleanBinding(
                () -> vm.outcomeProperty().get() instanceof EligibilityOutcome.Question, vm.outcomeProperty()));
        Views.text(questionReason, () -> vm.outcomeProperty().get() == null ? ""
                : context.words(vm.outcomeProperty().get().reason()), vm.outcomeProperty());
        Views.showWhen(outcomeBox, vm.answered());
        Views.text(outcomeHeadline, this::headline, vm.outcomeProperty());
        Views.text(outcomeReason, () -> vm.outcomeProperty().get() == null ? ""
                : context.words(vm.outcomeProperty().get().reason()), vm.outcomeProperty());
        Views.text(outcomeNext, () -> vm.outcomeProperty().get() == null ? ""
                : context.words(vm.outcomeProperty().get().nextStep()), vm.outcomeProperty());
        Views.whileShowing(outcomeBox, vm.outcomeProperty(), () -> styleOutcome(vm.outcomeProperty().get()));
        styleOutcome(vm.outcomeProperty().get());
        for (javafx.beans.Observable appears : new javafx.beans.Observable[] {vm.outcomeProperty(), vm.asksDate(),
                vm.asksLaterChange(), vm.asksVersionUp()}) {
            Views.whileShowing(outcomeBox, appears, this::revealWhatAppeared);
        }
        Views.initialFocus(originGroup.getSelectedToggle() == null ? newSubscription
                : (RadioButton) originGroup.getSelectedToggle());
    }

    /**
     * What an answer brings (the result, or the follow-up question with why it is asked, or the date question)
     * may open below the fold: it is scrolled into view, so the reader sees it before pressing Next.
     */
    private void revealWhatAppeared() {
        if (vm.outcomeProperty().get() instanceof EligibilityOutcome.Question) {
            BelowTheFold.reveal(questionBox, versionUpBox.isVisible() ? versionUpBox
                    : laterChangeBox.isVisible() ? laterChangeBox : questionBox);
        } else if (vm.answered().get()) {
            BelowTheFold.reveal(outcomeBox);
        } else if (dateBox.isVisible()) {
            BelowTheFold.reveal(dateBox);
        }
    }

    private String headline() {
        EligibilityOutcome outcome = vm.outcomeProperty().get();
        if (outcome == null) {
            return "";
        }
        return UiText.get(context.locale(), outcome.match(new OutcomeLook()).headlineKey());
    }

    private void styleOutcome(EligibilityOutcome outcome) {
        outcomeBox.getStyleClass().removeAll("success", "warning", "info");
        if (outcome != null) {
            outcomeBox.getStyleClass().add(outcome.match(new OutcomeLook()).styleClass());
        }
    }

    /** The headline and the style of each outcome: every case says its own (no silent default). */
    private static final class OutcomeLook implements EligibilityOutcome.Cases<Look> {
        @Override
        public Look eligible(EligibilityOutcome.Eligible eligible) {
            return new Look("eligibility.outcome.eligible", "success");
        }

        @Override
        public Look notEligible(EligibilityOutcome.NotEligible notEligible) {
            return new Look("eligibility.outcome.notEligible", "warning");
        }

        @Override
        public Look unknown(EligibilityOutcome.Unknown unknown) {
            return new Look("eligibility.outcome.unknown", "info");
        }

        @Override
        public Look noChangeNeeded(EligibilityOutcome.NoChangeNeeded noChangeNeeded) {
            return new Look("eligibility.outcome.unknown", "info"); // the page moves on to the webmail page
        }

        @Override
        public Look question(EligibilityOutcome.Question question) {
            return new Look("eligibility.outcome.question", "info");
        }
    }

    private record Look(String headlineKey, String styleClass) {
    }
}
