package io.github.ocnmailsetup.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The window's theme (light or dark) and text size (100% to 200%), remembered between launches with the other
 * non-secret answers. The window shows what this model holds.
 */
public final class DisplaySettings {

    /** Body text size at 100%, in pixels (docs/architecture.md, "The look": at least 15). */
    public static final double BASE_FONT_PX = 15;
    private static final int[] PERCENTS = {100, 115, 130, 150, 175, 200};

    private final ReadOnlyBooleanWrapper dark;
    private final ReadOnlyIntegerWrapper percent;
    private final DoubleBinding fontPx;

    /** Starts with a theme and the nearest text size there is to {@code textPercent}. */
    public DisplaySettings(boolean dark, int textPercent) {
        this.dark = new ReadOnlyBooleanWrapper(dark);
        this.percent = new ReadOnlyIntegerWrapper(PERCENTS[nearest(textPercent)]);
        this.fontPx = Bindings.createDoubleBinding(() -> BASE_FONT_PX * percent.get() / 100.0, percent);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public boolean dark() {
        return dark.get();
    }

    /** Light ↔ dark. */
    public void toggleTheme() {
        dark.set(!dark.get());
    }

    /** The text size in percent of the base size. */
    public ReadOnlyIntegerProperty textPercentProperty() {
        return percent.getReadOnlyProperty();
    }

    /** The text size in pixels now. */
    public DoubleBinding fontPx() {
        return fontPx;
    }

    /** Larger (+1) or smaller (-1) text, between 100% and 200%; 0 resets. */
    public void scaleText(int direction) {
        int step = direction == 0 ? 0
                : Math.max(0, Math.min(PERCENTS.length - 1, nearest(percent.get()) + Integer.signum(direction)));
        percent.set(PERCENTS[step]);
    }

    private static int nearest(int textPercent) {
        int best = 0;
        for (int i = 1; i < PERCENTS.length; i++) {
            if (Math.abs(PERCENTS[i] - textPercent) < Math.abs(PERCENTS[best] - textPercent)) {
                best = i;
            }
        }
        return best;
    }
}
