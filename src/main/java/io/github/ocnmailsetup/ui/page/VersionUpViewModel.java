package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.VersionUp;
import java.util.Optional;

/** The version-up page: why, what to do, and "check again" once the version-up is done. */
public final class VersionUpViewModel {

    private final EligibilityViewModel eligibility;
    private final Navigator navigator;

    public VersionUpViewModel(EligibilityViewModel eligibility, Navigator navigator) {
        this.eligibility = eligibility;
        this.navigator = navigator;
    }

    /** The eligibility answer that led here. */
    public Optional<EligibilityOutcome> outcome() {
        return Optional.ofNullable(eligibility.outcomeProperty().get());
    }

    /** The user has done the version-up: back to the eligibility question with that answer. */
    public void versionUpDone() {
        eligibility.versionUpProperty().set(VersionUp.DONE);
        navigator.back();
    }
}
