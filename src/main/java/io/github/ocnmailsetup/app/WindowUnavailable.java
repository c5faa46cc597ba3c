package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Opens the wizard's window, and when the desktop cannot show one (no display, or on Linux no GTK 3, which
 * JavaFX needs: docs/architecture.md, "GTK 3 on Linux") says so in the user's language with the fix, instead of JavaFX's stack
 * trace. The trace goes to the log file only.
 */
final class WindowUnavailable {

    private static final String APP_BUNDLE = "io.github.ocnmailsetup.app.messages";

    /** Why the window could not open, as far as JavaFX's error tells. */
    enum Cause {
        NO_DISPLAY("window.noDisplay"),
        NO_GTK("window.noGtk"),
        OTHER("window.failed");

        final String messageKey;

        Cause(String messageKey) {
            this.messageKey = messageKey;
        }

        /** JavaFX says "Unable to open DISPLAY" and "Unable to load glass GTK library"; nothing more stable exists. */
        static Cause of(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("DISPLAY")) {
                    return NO_DISPLAY;
                }
                if (message.toLowerCase(Locale.ROOT).contains("gtk")) {
                    return NO_GTK;
                }
            }
            return OTHER;
        }
    }

    private WindowUnavailable() {
    }

    /** Runs {@code openWindow} (which blocks until the window closes); 0, or 1 with a message when it could not open. */
    static int openOrExplain(Locale language, Runnable openWindow) {
        try {
            openWindow.run();
            return WizardStart.OK;
        } catch (RuntimeException | LinkageError e) {
            Cause cause = Cause.of(e);
            LoggerFactory.getLogger(WindowUnavailable.class).info("The wizard's window could not open ({})", cause, e);
            System.err.println(I18n.format(APP_BUNDLE, language, cause.messageKey));
            return WizardStart.PROBLEM;
        }
    }
}
