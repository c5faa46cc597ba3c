package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.AddressOrigin;
import java.util.Optional;

/** Page 2's first question: the notice's three cases of 「ご利用条件」, and "I don't know", as the page offers them. */
public enum OriginChoice {
    NEW_SUBSCRIPTION(AddressOrigin.NEW_SUBSCRIPTION),
    ADDRESS_ADDED_OR_CHANGED(AddressOrigin.ADDRESS_ADDED_OR_CHANGED),
    OLDER_ADDRESS(AddressOrigin.OLDER_ADDRESS),
    DONT_KNOW(AddressOrigin.UNKNOWN);

    private final AddressOrigin answer;

    OriginChoice(AddressOrigin answer) {
        this.answer = answer;
    }

    /** The domain's case for this choice, "I don't know" included. */
    public AddressOrigin answer() {
        return answer;
    }

    /** The origin worth remembering for the next run; empty for "I don't know", which is asked again. */
    public Optional<AddressOrigin> origin() {
        return answer == AddressOrigin.UNKNOWN ? Optional.empty() : Optional.of(answer);
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
            case UNKNOWN -> DONT_KNOW;
        };
    }
}
