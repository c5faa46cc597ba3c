package io.github.ocnmailsetup.domain;

/**
 * The answer to "is SSL for mail software open to me?", each shape with the words to show. A caller that acts on
 * the shape does so through {@link #match}: a new case adds a method to {@link Cases}, so every caller fails to
 * compile until it says what the case means (Java 17 has no pattern switch, and an {@code instanceof} chain would
 * give a new case some silent default).
 */
public sealed interface EligibilityOutcome {

    /** Why this outcome, for the user. */
    Text reason();

    /** What to do next, for the user. */
    Text nextStep();

    /** The same outcome with each date in its words shown in the Japanese era, as the user wrote it. */
    default EligibilityOutcome withDatesInEraForm() {
        return match(new Cases<>() {
            @Override
            public EligibilityOutcome eligible(Eligible e) {
                return new Eligible(e.reason().withDatesInEraForm(), e.nextStep().withDatesInEraForm());
            }

            @Override
            public EligibilityOutcome notEligible(NotEligible n) {
                return new NotEligible(n.reason().withDatesInEraForm(), n.nextStep().withDatesInEraForm());
            }

            @Override
            public EligibilityOutcome unknown(Unknown u) {
                return new Unknown(u.reason().withDatesInEraForm(), u.nextStep().withDatesInEraForm());
            }

            @Override
            public EligibilityOutcome noChangeNeeded(NoChangeNeeded n) {
                return n;
            }

            @Override
            public EligibilityOutcome question(Question q) {
                return new Question(q.reason().withDatesInEraForm(), q.nextStep().withDatesInEraForm(), q.question());
            }
        });
    }

    /** The case's own method of {@code cases}. */
    <R> R match(Cases<R> cases);

    /** One method per case. */
    interface Cases<R> {
        R eligible(Eligible eligible);

        R notEligible(NotEligible notEligible);

        R unknown(Unknown unknown);

        R noChangeNeeded(NoChangeNeeded noChangeNeeded);

        R question(Question question);
    }

    /** SSL can be used; the service is free (「料金は無料です」). */
    record Eligible(Text reason, Text nextStep) implements EligibilityOutcome {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.eligible(this);
        }
    }

    /** The address needs the version-up to the new OCN mail first; then check again. */
    record NotEligible(Text reason, Text nextStep) implements EligibilityOutcome {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.notEligible(this);
        }
    }

    /**
     * The answers so far contradict themselves or leave the case open: one more question settles it.
     *
     * @param question the question to ask next
     */
    record Question(Text reason, Text nextStep, EligibilityQuestion question) implements EligibilityOutcome {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.question(this);
        }
    }

    /** We cannot tell from the answers; the connection test can. */
    record Unknown(Text reason, Text nextStep) implements EligibilityOutcome {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.unknown(this);
        }
    }

    /** Webmail in the browser is already encrypted; nothing to change. */
    record NoChangeNeeded(Text reason, Text nextStep) implements EligibilityOutcome {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.noChangeNeeded(this);
        }
    }
}
