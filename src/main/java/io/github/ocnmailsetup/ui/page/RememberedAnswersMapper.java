package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.ui.answers.RememberedAnswers;
import java.util.Optional;

/** Moves the non-secret answers between the page ViewModels and {@link RememberedAnswers}. */
final class RememberedAnswersMapper {

    private final WizardModel model;

    RememberedAnswersMapper(WizardModel model) {
        this.model = model;
    }

    /** Fills the pages from what was remembered. */
    void fill(RememberedAnswers answers) {
        answers.address().ifPresent(model.account().addressProperty()::set);
        answers.mailUse().ifPresent(model.welcome().mailUseProperty()::set);
        answers.client().ifPresent(model.client().clientProperty()::set);
        answers.origin().map(OriginChoice::of).ifPresent(model.eligibilityPage().originProperty()::set);
        answers.date().ifPresent(d -> model.eligibilityPage().dateTextProperty().set(d.toString()));
        answers.versionUp().ifPresent(model.eligibilityPage().versionUpProperty()::set);
        model.markFinishedBefore(answers.finished());
    }

    /** The answers as they stand; never the password. */
    RememberedAnswers read() {
        EligibilityViewModel e = model.eligibilityPage();
        Optional<VersionUp> versionUp = e.asksVersionUp().get()
                ? Optional.ofNullable(e.versionUpProperty().get()) : Optional.empty();
        return new RememberedAnswers(
                model.account().address().map(OcnAddress::value),
                model.mailUse(),
                Optional.ofNullable(model.client().clientProperty().get()),
                Optional.ofNullable(e.originProperty().get()).flatMap(OriginChoice::origin),
                e.parsedDate(),
                versionUp,
                Optional.of(model.locale()),
                model.finished());
    }
}
