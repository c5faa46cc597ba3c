package io.github.ocnmailsetup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each outcome reaches its own method of {@link EligibilityOutcome.Cases}, never another case's. */
class EligibilityOutcomeTest {

    private static final Text ANY = Text.domain("notice.free");

    /** Names the case that was called. */
    private static final class CaseName implements EligibilityOutcome.Cases<String> {
        @Override
        public String eligible(EligibilityOutcome.Eligible eligible) {
            return "eligible";
        }

        @Override
        public String notEligible(EligibilityOutcome.NotEligible notEligible) {
            return "notEligible";
        }

        @Override
        public String unknown(EligibilityOutcome.Unknown unknown) {
            return "unknown";
        }

        @Override
        public String noChangeNeeded(EligibilityOutcome.NoChangeNeeded noChangeNeeded) {
            return "noChangeNeeded";
        }

        @Override
        public String question(EligibilityOutcome.Question question) {
            return "question";
        }
    }

    @Test
    void that_every_outcome_is_handled_by_its_own_case() {
        List<EligibilityOutcome> outcomes = List.of(new EligibilityOutcome.Eligible(ANY, ANY),
                new EligibilityOutcome.NotEligible(ANY, ANY), new EligibilityOutcome.Unknown(ANY, ANY),
                new EligibilityOutcome.NoChangeNeeded(ANY, ANY),
                new EligibilityOutcome.Question(ANY, ANY, EligibilityQuestion.values()[0]));

        assertThat(outcomes.stream().map(outcome -> outcome.match(new CaseName())))
                .containsExactly("eligible", "notEligible", "unknown", "noChangeNeeded", "question");
    }
}
