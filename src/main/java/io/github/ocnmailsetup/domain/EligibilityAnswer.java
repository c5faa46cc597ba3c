package io.github.ocnmailsetup.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the customer told us about their address.
 *
 * @param origin    how the address came about
 * @param date      the date of that, or empty for "I don't know"
 * @param versionUp for an address from before the boundary, whether the version-up is done
 */
public record EligibilityAnswer(AddressOrigin origin, Optional<LocalDate> date, VersionUp versionUp) {

    public static EligibilityAnswer of(AddressOrigin origin, LocalDate date) {
        return new EligibilityAnswer(origin, Optional.of(date), VersionUp.UNKNOWN);
    }

    /** "I don't know" how the address came about: no date, no version-up answer. */
    public static EligibilityAnswer originUnknown() {
        return new EligibilityAnswer(AddressOrigin.UNKNOWN, Optional.empty(), VersionUp.UNKNOWN);
    }
}
