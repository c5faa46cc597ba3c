package io.github.ocnmailsetup.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * The step list on the left gives its room to the page when the window is narrow for the text size (large text,
 * a small window): the page's own "Step 3 of 8" line then says where the user is, and no line needs sideways
 * scrolling.
 */
final class StepPane {

    /** The window must be this many text lines' heights wide (em) to show the list beside a page. */
    static final double SHOWN_FROM_EM = 48;

    private StepPane() {
    }

    /** Hides the list, and gives back its room, whenever the scene is narrower than {@link #SHOWN_FROM_EM}. */
    static void collapseWhenNarrow(Region pane, DisplaySettings display) {
        InvalidationListener update = o -> {
            Scene scene = pane.getScene();
            boolean show = scene == null || scene.getWidth() >= SHOWN_FROM_EM * display.fontPx().get();
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
}
