package io.github.ocnmailsetup.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the customer told us about their address. An empty follow-up answer means "not answered yet", which is
 * not the same as the answer "I don't know" ({@link LaterAddressChange#UNKNOWN}, {@link VersionUp#UNKNOWN}).
 *
 * @param origin       how the address came about
 * @param date         the date of that, or empty for "I don't know"
 * @param laterChange  for a subscription from before the boundary, whether an address was added or changed since
 * @param versionUp    for an address from before the boundary, whether the version-up is done
 */
public record EligibilityAnswer(AddressOrigin origin, Optional<LocalDate> date,
        Optional<LaterAddressChange> laterChange, Optional<VersionUp> versionUp) {

    /** An answer without the later-change question, and with the version-up answered. */
    public EligibilityAnswer(AddressOrigin origin, Optional<LocalDate> date, VersionUp versionUp) {
        this(origin, date, Optional.empty(), Optional.of(versionUp));
    }

    /** How and when, no follow-up answered yet. */
    public static EligibilityAnswer of(AddressOrigin origin, LocalDate date) {
        return new EligibilityAnswer(origin, Optional.of(date), Optional.empty(), Optional.empty());
    }

    /** "I don't know" how the address came about: no date, no follow-up answer. */
    public static EligibilityAnswer originUnknown() {
        return new EligibilityAnswer(AddressOrigin.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same answer with the later-change question answered (or cleared with empty). */
    public EligibilityAnswer withLaterChange(Optional<LaterAddressChange> answer) {
        return new EligibilityAnswer(origin, date, answer, versionUp);
    }

    /** The same answer with the version-up question answered (or cleared with empty). */
    public EligibilityAnswer withVersionUp(Optional<VersionUp> answer) {
        return new EligibilityAnswer(origin, date, laterChange, answer);
    }

    /** Whether a follow-up question has an answer here. */
    public boolean answers(EligibilityQuestion question) {
        return switch (question) {
            case ADDRESS_CHANGED_SINCE_BOUNDARY -> laterChange.isPresent();
            case VERSION_UP -> versionUp.isPresent();
        };
    }
}
