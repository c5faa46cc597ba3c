package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.DateInput;
import io.github.ocnmailsetup.domain.EligibilityAnswer;
import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.EligibilityQuestion;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.domain.ValidationException;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * Page 2: may this address use SSL? The notice's 「ご利用条件」 is decided by {@link EligibilityPolicy}, which also
 * says which follow-up questions apply; this model only collects the answers (how the address came about, its
 * date in the Western calendar or the Japanese era, the follow-ups), shows the outcome or a problem, and clears
 * an answer as soon as its question no longer applies.
 */
public final class EligibilityViewModel {

    private final EligibilityPolicy policy;
    private final ObjectProperty<OriginChoice> origin = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final BooleanProperty dateUnknown = new SimpleBooleanProperty();
    private final ObjectProperty<LaterAddressChange> laterChange = new SimpleObjectProperty<>();
    private final ObjectProperty<VersionUp> versionUp = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<@Nullable EligibilityOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Text> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper asksLaterChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper asksVersionUp = new ReadOnlyBooleanWrapper();
    private final BooleanBinding asksDate = Bindings.createBooleanBinding(
            () -> origin.get() != null && origin.get().asksDate(), origin);
    private final BooleanBinding answered = Bindings.createBooleanBinding(
            () -> outcome.get() != null && !(outcome.get() instanceof EligibilityOutcome.Question), outcome);
    private boolean deciding;

    public EligibilityViewModel(EligibilityPolicy policy) {
        this.policy = policy;
        origin.addListener((o, a, b) -> originChanged());
        dateText.addListener((o, a, b) -> decide());
        dateUnknown.addListener((o, a, b) -> decide());
        laterChange.addListener((o, a, b) -> decide());
        versionUp.addListener((o, a, b) -> decide());
    }

    public ObjectProperty<OriginChoice> originProperty() {
        return origin;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public BooleanProperty dateUnknownProperty() {
        return dateUnknown;
    }

    /** The answer to "was an address added or changed since 2009-11-24?"; null while not answered. */
    public ObjectProperty<LaterAddressChange> laterChangeProperty() {
        return laterChange;
    }

    public ObjectProperty<VersionUp> versionUpProperty() {
        return versionUp;
    }

    /** The policy's answer once the questions are answered and valid, or the question still to ask; null before. */
    public ReadOnlyObjectProperty<@Nullable EligibilityOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What is wrong with the date, in words; null when nothing is. */
    public ReadOnlyObjectProperty<@Nullable Text> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding asksDate() {
        return asksDate;
    }

    /** Whether the policy asks whether an address was added or changed since the boundary. */
    public ReadOnlyBooleanProperty asksLaterChange() {
        return asksLaterChange.getReadOnlyProperty();
    }

    /** Whether the policy asks about the version-up. */
    public ReadOnlyBooleanProperty asksVersionUp() {
        return asksVersionUp.getReadOnlyProperty();
    }

    /** Whether Next may leave the page: an outcome, not a question still open. */
    public BooleanBinding answered() {
        return answered;
    }

    /** The date as entered, when it reads as one: remembered for the next run. */
    public Optional<LocalDate> parsedDate() {
        if (!asksDate.get() || dateUnknown.get() || dateText.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DateInput.parse(dateText.get()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** A new choice of how the address came about: the answers given for the old one no longer apply. */
    private void originChanged() {
        deciding = true;
        try {
            dateText.set("");
            dateUnknown.set(false);
            laterChange.set(null);
            versionUp.set(null);
        } finally {
            deciding = false;
        }
        decide();
    }

    private void decide() {
        if (deciding) {
            return;
        }
        problem.set(null);
        outcome.set(null);
        OriginChoice choice = origin.get();
        if (choice == null) {
            asksLaterChange.set(false);
            asksVersionUp.set(false);
            return;
        }
        try {
            answer(choice).ifPresent(this::decide);
        } catch (ValidationException e) {
            problem.set(asWritten(e.text()));
        }
    }

    /** A date the user wrote in the Japanese era is repeated in the era (平成22年4月1日), a Western one as 2010年4月1日. */
    private boolean eraWritten() {
        return DateInput.isEraForm(dateText.get());
    }

    private Text asWritten(Text words) {
        return eraWritten() ? words.withDatesInEraForm() : words;
    }

    private void decide(EligibilityAnswer answer) {
        List<EligibilityQuestion> questions = policy.followUps(answer);
        boolean laterApplies = questions.contains(EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY);
        boolean versionUpApplies = questions.contains(EligibilityQuestion.VERSION_UP);
        asksLaterChange.set(laterApplies);
        asksVersionUp.set(versionUpApplies);
        EligibilityAnswer applying = answer
                .withLaterChange(laterApplies ? answer.laterChange() : Optional.empty())
                .withVersionUp(versionUpApplies || choiceIsUnknown() ? answer.versionUp() : Optional.empty());
        EligibilityOutcome decided = policy.decide(applying);
        outcome.set(eraWritten() ? decided.withDatesInEraForm() : decided);
        deciding = true;
        try { // answers to questions that no longer apply are dropped, so they cannot come back unseen
            if (!laterApplies) {
                laterChange.set(null);
            }
            if (!versionUpApplies && !choiceIsUnknown()) {
                versionUp.set(null);
            }
        } finally {
            deciding = false;
        }
    }

    private boolean choiceIsUnknown() {
        return origin.get() == OriginChoice.DONT_KNOW;
    }

    /** The domain's answer, or empty while the first questions are still open. */
    private Optional<EligibilityAnswer> answer(OriginChoice choice) {
        AddressOrigin domainOrigin = choice.answer();
        Optional<LaterAddressChange> later = Optional.ofNullable(laterChange.get());
        Optional<VersionUp> done = Optional.ofNullable(versionUp.get());
        if (domainOrigin == AddressOrigin.UNKNOWN || choice == OriginChoice.OLDER_ADDRESS) {
            return Optional.of(new EligibilityAnswer(domainOrigin, Optional.empty(), later, done));
        }
        if (dateUnknown.get()) {
            return Optional.of(new EligibilityAnswer(domainOrigin, Optional.empty(), later, done));
        }
        if (dateText.get().isBlank()) {
            asksLaterChange.set(false);
            asksVersionUp.set(false);
            return Optional.empty();
        }
        LocalDate date = DateInput.parse(dateText.get());
        return Optional.of(new EligibilityAnswer(domainOrigin, Optional.of(date), later, done));
    }
}
