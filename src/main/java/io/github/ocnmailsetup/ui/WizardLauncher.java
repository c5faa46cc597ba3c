package io.github.ocnmailsetup.ui;

/**
 * Opens the wizard window and blocks until it closes. The JavaFX {@code Application} behind it is internal,
 * so the jar's main class stays a plain class (STACK.md pitfall 1).
 */
public final class WizardLauncher {

    private WizardLauncher() {
    }

    /** Shows the wizard with these options; returns when the user closes the window. Call once per JVM. */
    public static void launch(WizardOptions options) {
        WizardApp.launchWith(options);
    }
}
