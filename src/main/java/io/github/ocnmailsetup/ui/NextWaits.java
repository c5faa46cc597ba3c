package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.flow.Page;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * The short line beside a disabled Next that says what it waits for ("Type your address and mail password to go
 * on"), also given to screen readers as Next's accessible help. Each page may have its own line
 * ({@code shell.nextWaits.PAGE}); a page without one gets the general line {@code shell.nextWaits}.
 */
final class NextWaits {

    private NextWaits() {
    }

    /** The bundle key of the line for a page, in the language shown. */
    static String key(Page page, Locale locale) {
        String own = "shell.nextWaits." + page.name();
        return UiText.bundle(locale).containsKey(own) ? own : "shell.nextWaits";
    }

    /** Shows the line only while Next is showing and disabled; {@code reason} gives the current page's line. */
    static void install(Label line, Button next, Supplier<String> reason) {
        line.visibleProperty().bind(next.disabledProperty().and(next.visibleProperty()));
        line.managedProperty().bind(line.visibleProperty());
        line.focusTraversableProperty().bind(line.visibleProperty());
        next.disabledProperty().addListener((o, was, disabled) -> refresh(line, next, reason.get()));
    }

    /** Puts the page's line into the label and, while Next is disabled, into Next's accessible help. */
    static void refresh(Label line, Button next, String reason) {
        line.setText(reason);
        line.setAccessibleText(reason);
        next.setAccessibleHelp(next.isDisabled() ? reason : null);
    }
}
