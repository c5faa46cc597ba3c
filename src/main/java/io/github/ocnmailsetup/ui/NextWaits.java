package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.flow.Page;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The short line above a disabled Next that says what it waits for ("Type your address and mail password to go
 * on"), also given to screen readers as Next's accessible help. Each page may have its own line
 * ({@code shell.nextWaits.PAGE}); a page without one gets the general line {@code shell.nextWaits}.
 * The line spans the window's width and shows at most {@link #MAX_LINES} lines, so the footer stays low at large
 * text; a longer reason ends in an ellipsis there, and its full text is the line's tooltip and accessible text.
 */
final class NextWaits {

    /** Lines the reason may take in the footer: one at normal text, two at 200% for the longer reasons. */
    static final int MAX_LINES = 2;

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
        line.setTooltip(new Tooltip());
        // The label's font follows the text size: its height limit follows the font.
        line.fontProperty().addListener((o, was, font) -> line.setMaxHeight(maxHeight(line)));
        line.setMaxHeight(maxHeight(line));
        next.disabledProperty().addListener((o, was, disabled) -> refresh(line, next, reason.get()));
    }

    /** Puts the page's line into the label and, while Next is disabled, into Next's accessible help. */
    static void refresh(Label line, Button next, String reason) {
        line.setText(reason);
        line.setAccessibleText(reason);
        if (line.getTooltip() != null) {
            line.getTooltip().setText(reason);
        }
        next.setAccessibleHelp(next.isDisabled() ? reason : null);
    }

    /** The height that holds {@link #MAX_LINES} lines of the label's text, with its padding. */
    static double maxHeight(Label line) {
        Text twoLines = new Text("\u3042\nA"); // a kana line and a Latin one
        twoLines.setFont(line.getFont());
        twoLines.setLineSpacing(line.getLineSpacing());
        double oneLine = twoLines.getLayoutBounds().getHeight() / 2;
        // Half a line more: the label's skin fits whole lines by its own metrics, a little taller than Text's.
        return Math.ceil(oneLine * (MAX_LINES + 0.5) + line.getInsets().getTop() + line.getInsets().getBottom());
    }
}
