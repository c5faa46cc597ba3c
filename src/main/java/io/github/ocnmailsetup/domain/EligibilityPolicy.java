package io.github.ocnmailsetup.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The notice's 「ご利用条件」: SSL for mail software is open to a new subscription on or after 2009-11-24,
 * an address added or changed on or after 2009-11-24, or an address in use since 2009-11-23 or earlier
 * whose version-up (移行) to the new "OCN mail" is done. Otherwise the notice recommends the version-up
 * first (「バージョンアップがお済みでないお客さまへ」). Webmail users need no change at all
 * (「Webメール(ブラウザ)で…特別な設定は不要」). A date in the future (in Japan time) or before OCN mail
 * existed is a typing mistake, reported as such.
 *
 * <p>An answer that contradicts itself ("new subscription on or after 2009-11-24" with an earlier date) is
 * asked about ({@link EligibilityOutcome.Question}), never hidden in "cannot tell": first whether an address was
 * added or changed since (the notice's second case), then whether the version-up is done (its third case).
 */
public final class EligibilityPolicy {

    private final OcnSettings settings;
    private final Clock clock;

    public EligibilityPolicy(OcnSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The policy with the bundled dates and the real clock. */
    public static EligibilityPolicy bundled() {
        return new EligibilityPolicy(OcnSettings.bundled(), Clock.systemUTC());
    }

    /** Webmail users first: they need nothing, whatever their address. */
    public EligibilityOutcome decide(MailUse use, EligibilityAnswer answer) {
        if (use == MailUse.WEBMAIL_ONLY) {
            return new EligibilityOutcome.NoChangeNeeded(
                    Text.domain("eligibility.webmail.reason"), Text.domain("eligibility.webmail.next"));
        }
        return decide(answer);
    }

    /**
     * The follow-up questions that apply to these answers, in the order they are asked, answered or not. A page
     * shows exactly these; an answer to any other question no longer applies and is dropped.
     */
    public List<EligibilityQuestion> followUps(EligibilityAnswer answer) {
        if (answer.origin() == AddressOrigin.UNKNOWN || onOrAfterBoundary(answer)) {
            return List.of();
        }
        if (answer.origin() == AddressOrigin.OLDER_ADDRESS) {
            return List.of(EligibilityQuestion.VERSION_UP);
        }
        if (answer.date().isEmpty()) {
            return List.of();
        }
        if (answer.origin() == AddressOrigin.ADDRESS_ADDED_OR_CHANGED) {
            return List.of(EligibilityQuestion.VERSION_UP);
        }
        Optional<LaterAddressChange> later = answer.laterChange();
        return later.isEmpty() || later.get() == LaterAddressChange.YES
                ? List.of(EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY)
                : List.of(EligibilityQuestion.ADDRESS_CHANGED_SINCE_BOUNDARY, EligibilityQuestion.VERSION_UP);
    }

    /**
     * For mail software users: eligible, not eligible (version-up first), a question still to ask, or unknown (the
     * test can tell). "I don't know" how the address came about is unknown, unless the version-up is done, which
     * opens any address.
     */
    public EligibilityOutcome decide(EligibilityAnswer answer) {
        answer.date().ifPresent(this::validate);
        for (EligibilityQuestion question : followUps(answer)) {
            if (!answer.answers(question)) {
                return question(answer, question);
            }
        }
        if (answer.origin() != AddressOrigin.UNKNOWN && onOrAfterBoundary(answer)) {
            // An "older address" with a date after the boundary is newer than the user thought: it qualifies by date.
            String key = answer.origin() == AddressOrigin.NEW_SUBSCRIPTION
                    ? "eligibility.eligible.newSubscription" : "eligibility.eligible.addressChanged";
            return eligible(Text.domain(key, answer.date().orElseThrow(), settings.eligibilityBoundary()));
        }
        if (answer.laterChange().orElse(null) == LaterAddressChange.YES) {
            return eligible(Text.domain("eligibility.eligible.laterChange"));
        }
        VersionUp versionUp = answer.versionUp().orElse(VersionUp.UNKNOWN);
        if (versionUp == VersionUp.DONE) {
            return eligible(Text.domain("eligibility.eligible.versionUp"));
        }
        boolean caseSettled = answer.origin() != AddressOrigin.UNKNOWN && answer.date().isPresent()
                || answer.origin() == AddressOrigin.OLDER_ADDRESS;
        if (versionUp == VersionUp.NOT_DONE && caseSettled
                && answer.laterChange().orElse(LaterAddressChange.NO) == LaterAddressChange.NO) {
            return new EligibilityOutcome.NotEligible(
                    Text.domain("eligibility.notEligible.reason"), Text.domain("eligibility.notEligible.next"));
        }
        return new EligibilityOutcome.Unknown(
                Text.domain("eligibility.unknown.reason"), Text.domain("eligibility.unknown.next"));
    }

    private EligibilityOutcome question(EligibilityAnswer answer, EligibilityQuestion question) {
        Optional<LocalDate> date = answer.date();
        Text reason = switch (question) {
            case ADDRESS_CHANGED_SINCE_BOUNDARY -> Text.domain("eligibility.question.earlySubscription",
                    date.orElseThrow(), settings.eligibilityBoundary());
            case VERSION_UP -> date.isPresent() && answer.origin() == AddressOrigin.ADDRESS_ADDED_OR_CHANGED
                    ? Text.domain("eligibility.question.earlyChange", date.get(), settings.eligibilityBoundary())
                    : Text.domain("eligibility.question.olderAddress");
        };
        return new EligibilityOutcome.Question(reason, Text.domain("eligibility.question.next"), question);
    }


    private static EligibilityOutcome eligible(Text reason) {
        return new EligibilityOutcome.Eligible(reason, Text.domain("eligibility.eligible.next"));
    }

    private boolean onOrAfterBoundary(EligibilityAnswer answer) {
        return answer.date().map(d -> !d.isBefore(settings.eligibilityBoundary())).orElse(false);
    }

    /** Today in Japan, where the dates of the notice are counted. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private void validate(LocalDate date) {
        if (date.isAfter(today())) {
            throw new ValidationException(Text.domain("date.future", date));
        }
        if (date.isBefore(settings.ocnMailStart())) {
            throw new ValidationException(Text.domain("date.beforeOcn", date, settings.ocnMailStart()));
        }
    }
}
