package io.github.ocnmailsetup.ui;

/**
 * Opens the wizard window and blocks until it closes. The JavaFX {@code Application} behind it is internal,
 * so the jar's main class stays a plain class (docs/architecture.md, "JavaFX from the class path").
 */
public final class WizardLauncher {

    private WizardLauncher() {
    }

    /** Shows the wizard with these options; returns when the user closes the window. Call once per JVM. */
    public static void launch(WizardOptions options) {
        WizardApp.launchWith(options);
    }
}
