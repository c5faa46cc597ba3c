package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.AddressOrigin;
import java.util.Optional;

/** Page 2's first question: the notice's three cases of 「ご利用条件」, and "I don't know". */
public enum OriginChoice {
    NEW_SUBSCRIPTION(AddressOrigin.NEW_SUBSCRIPTION),
    ADDRESS_ADDED_OR_CHANGED(AddressOrigin.ADDRESS_ADDED_OR_CHANGED),
    OLDER_ADDRESS(AddressOrigin.OLDER_ADDRESS),
    DONT_KNOW(null);

    private final AddressOrigin origin;

    OriginChoice(AddressOrigin origin) {
        this.origin = origin;
    }

    /** The domain's origin; empty for "I don't know". */
    public Optional<AddressOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    /** Whether the page asks for the date of the subscription or address change. */
    public boolean asksDate() {
        return this == NEW_SUBSCRIPTION || this == ADDRESS_ADDED_OR_CHANGED;
    }

    public static OriginChoice of(AddressOrigin origin) {
        return switch (origin) {
            case NEW_SUBSCRIPTION -> NEW_SUBSCRIPTION;
            case ADDRESS_ADDED_OR_CHANGED -> ADDRESS_ADDED_OR_CHANGED;
            case OLDER_ADDRESS -> OLDER_ADDRESS;
        };
    }
}
