package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.probe.FailureKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed test offers as buttons, so no failure is a dead end: back to the account page with the field that
 * is probably wrong, the version-up page where that may be the cause, and "test again". "Continue without a passed
 * test" is always on the page besides these.
 */
public enum TestAction {
    /** The address or the password was refused: back to the password field, the reason shown there. */
    CORRECT_PASSWORD,
    /** The address may be mistyped: back to the address field, the reason shown there. */
    CORRECT_ADDRESS,
    /** An address from before 2009-11-24 works only after the version-up (the notice's 「ご利用条件」). */
    VERSION_UP,
    /** Run the test again. */
    TEST_AGAIN;

    /**
     * The buttons for a failure, most likely fix first.
     *
     * @param versionUpMayBeTheCause the eligibility answer was unknown, or the address is older than 2009-11-24
     */
    public static List<TestAction> forFailure(FailureKind kind, boolean versionUpMayBeTheCause) {
        List<TestAction> actions = new ArrayList<>();
        switch (kind) {
            case POP_AUTH_REJECTED -> {
                actions.add(CORRECT_PASSWORD);
                actions.add(CORRECT_ADDRESS);
                if (versionUpMayBeTheCause) {
                    actions.add(VERSION_UP);
                }
            }
            case SMTP_AUTH_REJECTED -> actions.add(CORRECT_PASSWORD);
            case SEND_REJECTED -> actions.add(CORRECT_ADDRESS);
            default -> {
                // servers, ports, the network or security software: nothing on the account page to correct
            }
        }
        actions.add(TEST_AGAIN);
        return List.copyOf(actions);
    }

    /** The field this action sends the user back to, or null for actions that stay off the account page. */
    AccountCorrection.@org.jspecify.annotations.Nullable Field field() {
        return switch (this) {
            case CORRECT_PASSWORD -> AccountCorrection.Field.PASSWORD;
            case CORRECT_ADDRESS -> AccountCorrection.Field.ADDRESS;
            case VERSION_UP, TEST_AGAIN -> null;
        };
    }
}
