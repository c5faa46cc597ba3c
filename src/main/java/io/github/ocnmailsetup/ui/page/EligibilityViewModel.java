package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.DateInput;
import io.github.ocnmailsetup.domain.EligibilityAnswer;
import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.domain.ValidationException;
import io.github.ocnmailsetup.domain.VersionUp;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * Page 2: may this address use SSL? The notice's 「ご利用条件」 is decided by {@link EligibilityPolicy}; this
 * model only collects the answers (how the address came about, its date in the Western calendar or the
 * Japanese era, or for an older address whether the version-up is done) and shows the outcome or a problem.
 */
public final class EligibilityViewModel {

    private final EligibilityPolicy policy;
    private final ObjectProperty<OriginChoice> origin = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final BooleanProperty dateUnknown = new SimpleBooleanProperty();
    private final ObjectProperty<VersionUp> versionUp = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<@Nullable EligibilityOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<@Nullable Text> problem = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding asksDate = Bindings.createBooleanBinding(
            () -> origin.get() != null && origin.get().asksDate(), origin);
    private final BooleanBinding asksVersionUp = Bindings.createBooleanBinding(
            () -> origin.get() == OriginChoice.OLDER_ADDRESS, origin);
    private final BooleanBinding answered = Bindings.isNotNull(outcome);

    public EligibilityViewModel(EligibilityPolicy policy) {
        this.policy = policy;
        origin.addListener((o, a, b) -> decide());
        dateText.addListener((o, a, b) -> decide());
        dateUnknown.addListener((o, a, b) -> decide());
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

    public ObjectProperty<VersionUp> versionUpProperty() {
        return versionUp;
    }

    /** The policy's answer once the questions are answered and valid; null before. */
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

    public BooleanBinding asksVersionUp() {
        return asksVersionUp;
    }

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

    private void decide() {
        problem.set(null);
        outcome.set(null);
        OriginChoice choice = origin.get();
        if (choice == null) {
            return;
        }
        try {
            answer(choice).ifPresent(a -> outcome.set(policy.decide(a)));
        } catch (ValidationException e) {
            problem.set(e.text());
        }
    }

    /** The domain's answer, or empty while a question is still open. */
    private Optional<EligibilityAnswer> answer(OriginChoice choice) {
        AddressOrigin domainOrigin = choice.answer();
        if (domainOrigin == AddressOrigin.UNKNOWN) {
            return Optional.of(EligibilityAnswer.originUnknown());
        }
        if (choice == OriginChoice.OLDER_ADDRESS) {
            VersionUp done = versionUp.get();
            return done == null ? Optional.empty()
                    : Optional.of(new EligibilityAnswer(domainOrigin, Optional.empty(), done));
        }
        if (dateUnknown.get()) {
            return Optional.of(new EligibilityAnswer(domainOrigin, Optional.empty(), VersionUp.UNKNOWN));
        }
        if (dateText.get().isBlank()) {
            return Optional.empty();
        }
        LocalDate date = DateInput.parse(dateText.get());
        return Optional.of(EligibilityAnswer.of(domainOrigin, date));
    }
}
