package io.github.ocnmailsetup.ui.flow;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.MailUse;
import java.util.Optional;

/** What the flow needs to know of the user's answers to choose the next page. */
public interface FlowAnswers {

    /** Page 1's answer, if given. */
    Optional<MailUse> mailUse();

    /** Page 2's outcome, if the answers are complete and valid. */
    Optional<EligibilityOutcome> eligibility();

    /** Whether this page has an answer, so Next may be pressed. */
    boolean answered(Page page);

    /** Whether the connection test has passed; a test the user went on without is not a step done. */
    boolean testPassed();
}
