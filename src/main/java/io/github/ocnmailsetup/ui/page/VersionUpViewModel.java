package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.VersionUp;
import io.github.ocnmailsetup.ui.flow.Page;
import java.util.Optional;

/**
 * The version-up page: why, where to apply, "check again" once the version-up is done, and "test anyway" for a user
 * who is not sure it is needed (the connection test tells: a refused login is one sign).
 */
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

    /** Not sure the version-up is needed: on to the account page, and the connection test tells. */
    public void testAnyway() {
        navigator.goTo(Page.ACCOUNT);
    }
}
