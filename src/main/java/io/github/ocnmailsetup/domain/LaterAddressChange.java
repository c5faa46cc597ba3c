package io.github.ocnmailsetup.domain;

/**
 * The answer to {@link EligibilityQuestion#ADDRESS_CHANGED_SINCE_BOUNDARY}: was an OCN mail address added or
 * changed on or after the boundary date, though the subscription is older?
 */
public enum LaterAddressChange {
    YES,
    NO,
    UNKNOWN
}
