package io.github.ocnmailsetup.domain;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The notice's 「ご利用条件」: SSL for mail software is open to a new subscription on or after 2009-11-24,
 * an address added or changed on or after 2009-11-24, or an address in use since 2009-11-23 or earlier
 * whose version-up (移行) to the new "OCN mail" is done. Otherwise the notice recommends the version-up
 * first (「バージョンアップがお済みでないお客さまへ」). Webmail users need no change at all
 * (「Webメール(ブラウザ)で…特別な設定は不要」). A date in the future (in Japan time) or before OCN mail
 * existed is a typing mistake, reported as such.
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
     * For mail software users: eligible, not eligible (version-up first), or unknown (the test can tell). "I don't
     * know" how the address came about is unknown, unless the version-up is done, which opens any address.
     */
    public EligibilityOutcome decide(EligibilityAnswer answer) {
        answer.date().ifPresent(this::validate);
        if (answer.origin() == AddressOrigin.UNKNOWN) {
            return answer.versionUp() == VersionUp.DONE
                    ? new EligibilityOutcome.Eligible(
                            Text.domain("eligibility.eligible.versionUp"), Text.domain("eligibility.eligible.next"))
                    : unknown();
        }
        boolean onOrAfterBoundary = answer.date().map(d -> !d.isBefore(settings.eligibilityBoundary())).orElse(false);
        if (onOrAfterBoundary && answer.origin() != AddressOrigin.OLDER_ADDRESS) {
            String key = answer.origin() == AddressOrigin.NEW_SUBSCRIPTION
                    ? "eligibility.eligible.newSubscription" : "eligibility.eligible.addressChanged";
            return new EligibilityOutcome.Eligible(
                    Text.domain(key, answer.date().orElseThrow()), Text.domain("eligibility.eligible.next"));
        }
        if (answer.versionUp() == VersionUp.DONE) {
            return new EligibilityOutcome.Eligible(
                    Text.domain("eligibility.eligible.versionUp"), Text.domain("eligibility.eligible.next"));
        }
        if (onOrAfterBoundary) {
            // An "older address" with a date after the boundary is newer than the user thought: it qualifies by date.
            return new EligibilityOutcome.Eligible(
                    Text.domain("eligibility.eligible.addressChanged", answer.date().orElseThrow()),
                    Text.domain("eligibility.eligible.next"));
        }
        if (answer.date().isEmpty() && answer.origin() != AddressOrigin.OLDER_ADDRESS
                || answer.versionUp() == VersionUp.UNKNOWN) {
            return unknown();
        }
        return new EligibilityOutcome.NotEligible(
                Text.domain("eligibility.notEligible.reason"), Text.domain("eligibility.notEligible.next"));
    }

    private static EligibilityOutcome unknown() {
        return new EligibilityOutcome.Unknown(
                Text.domain("eligibility.unknown.reason"), Text.domain("eligibility.unknown.next"));
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
