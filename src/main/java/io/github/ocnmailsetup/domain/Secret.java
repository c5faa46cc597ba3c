package io.github.ocnmailsetup.domain;

import java.util.function.IntPredicate;

/**
 * A password in memory. It prints as a mask, so a log line, report or exception that includes it by
 * mistake still does not reveal it; only {@link #reveal()} gives the characters, for the mail login.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The characters, for handing to the mail server and nothing else. */
    public String reveal() {
        return value;
    }

    /** Length in Unicode code points, which is what a person counts. */
    public int codePoints() {
        return value.codePointCount(0, value.length());
    }

    /** Whether every code point passes {@code test}, so rules can look at the characters without taking them. */
    public boolean allCodePointsMatch(IntPredicate test) {
        return value.codePoints().allMatch(test);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "[secret]";
    }
}
