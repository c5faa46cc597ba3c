package io.github.ocnmailsetup.ui;

import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * The step list on the left gives its room to the page when the window is narrow for the text size (large text,
 * a small window): the page's own "Step 3 of 8" line then says where the user is, and no line needs sideways
 * scrolling. On a page that is none of the steps (the home screen) the list is not shown either: eight steps with
 * none marked "you are here" read as if the user had to start them all.
 */
final class StepPane {

    /** The window must be this many text lines' heights wide (em) to show the list beside a page. */
    static final double SHOWN_FROM_EM = 48;

    private StepPane() {
    }

    /**
     * Hides the list, and gives back its room, whenever the scene is narrower than {@link #SHOWN_FROM_EM} or the
     * page is none of the steps ({@code onAStep} false; call {@link #update} when the page changes).
     */
    static void collapseWhenNarrow(Region pane, DisplaySettings display, BooleanSupplier onAStep) {
        InvalidationListener update = o -> {
            Scene scene = pane.getScene();
            boolean show = onAStep.getAsBoolean()
                    && (scene == null || scene.getWidth() >= SHOWN_FROM_EM * display.fontPx().get());
            pane.setVisible(show);
            pane.setManaged(show);
        };
        // Views are built again on a language switch, while the scene and the settings stay: the old list must
        // not stay subscribed (the pane holds the listener; the others hold it weakly).
        pane.getProperties().put(StepPane.class, update);
        WeakInvalidationListener weak = new WeakInvalidationListener(update);
        pane.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.widthProperty().removeListener(weak);
            }
            if (scene != null) {
                scene.widthProperty().addListener(weak);
                update.invalidated(null);
            }
        });
        display.fontPx().addListener(weak);
    }

    /** Shows or hides the list again, after the page changed. */
    static void update(Region pane) {
        if (pane.getProperties().get(StepPane.class) instanceof InvalidationListener update) {
            update.invalidated(null);
        }
    }
}
