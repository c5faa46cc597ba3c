package io.github.ocnmailsetup.domain;

/** The answer to "is SSL for mail software open to me?", each shape with the words to show. */
public sealed interface EligibilityOutcome {

    /** Why this outcome, for the user. */
    Text reason();

    /** What to do next, for the user. */
    Text nextStep();

    /** SSL can be used; the service is free (「料金は無料です」). */
    record Eligible(Text reason, Text nextStep) implements EligibilityOutcome {
    }

    /** The address needs the version-up to the new OCN mail first; then check again. */
    record NotEligible(Text reason, Text nextStep) implements EligibilityOutcome {
    }

    /**
     * The answers so far contradict themselves or leave the case open: one more question settles it.
     *
     * @param question the question to ask next
     */
    record Question(Text reason, Text nextStep, EligibilityQuestion question) implements EligibilityOutcome {
    }

    /** We cannot tell from the answers; the connection test can. */
    record Unknown(Text reason, Text nextStep) implements EligibilityOutcome {
    }

    /** Webmail in the browser is already encrypted; nothing to change. */
    record NoChangeNeeded(Text reason, Text nextStep) implements EligibilityOutcome {
    }
}
