package io.github.ocnmailsetup.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The page scrolls with the keyboard: the focused part of a page is scrolled into view (Tab never moves into a
 * part out of sight), Page Down / Page Up move by a screen, and Ctrl+End / Ctrl+Home go to the very end and
 * start of the page wherever the focus is (in a text field those keys keep their meaning there).
 */
final class PageScrolling {

    private PageScrolling() {
    }

    static void install(Parent shellRoot, ScrollPane scroll) {
        shellRoot.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, focused) -> {
                    if (focused != null && shellRoot.getScene() == scene) {
                        reveal(scroll, focused);
                        // A page's first focus comes before its first layout: look again after it.
                        Platform.runLater(() -> reveal(scroll, focused));
                    }
                });
            }
        });
        shellRoot.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            double move = moveFor(event, shellRoot.getScene() == null ? null : shellRoot.getScene().getFocusOwner());
            if (!Double.isNaN(move) && scroll.getContent() != null) {
                event.consume();
                scroll.layout();
                double page = pageFraction(scroll);
                double target = Double.isInfinite(move) ? (move > 0 ? scroll.getVmax() : scroll.getVmin())
                        : scroll.getVvalue() + move * page;
                scroll.setVvalue(Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), target)));
            }
        });
    }

    /**
     * Scrolls to the page's top, now and once more after the scrolling that the page's first focus asked for (that
     * runs after the page's first layout): a page opens showing its heading.
     */
    static void showTop(ScrollPane scroll) {
        scroll.setVvalue(scroll.getVmin());
        Platform.runLater(() -> scroll.setVvalue(scroll.getVmin()));
    }

    /** +1/-1 screen, ±∞ for the end or start, NaN when the key is not for scrolling. */
    private static double moveFor(KeyEvent event, Node focused) {
        boolean inText = focused instanceof TextInputControl;
        if (event.getCode() == KeyCode.PAGE_DOWN && !event.isShortcutDown()) {
            return 1;
        } else if (event.getCode() == KeyCode.PAGE_UP && !event.isShortcutDown()) {
            return -1;
        } else if (event.getCode() == KeyCode.END && event.isShortcutDown() && !inText) {
            return Double.POSITIVE_INFINITY;
        } else if (event.getCode() == KeyCode.HOME && event.isShortcutDown() && !inText) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.NaN;
    }

    /** How much of the scroll range one screen is. */
    private static double pageFraction(ScrollPane scroll) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        return content <= viewport ? 1 : 0.9 * viewport / (content - viewport) * (scroll.getVmax() - scroll.getVmin());
    }

    /** Scrolls just enough to show the node, when it is part of the page. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() / (scroll.getVmax() - scroll.getVmin()) * (contentHeight - viewport);
        double newTop = top;
        if (b.getMinY() < top) {
            newTop = b.getMinY() - 8;
        } else if (b.getMaxY() > top + viewport) {
            newTop = Math.min(b.getMinY() - 8, b.getMaxY() - viewport + 8);
        }
        if (newTop != top) {
            double v = Math.max(0, Math.min(1, newTop / (contentHeight - viewport)));
            scroll.setVvalue(scroll.getVmin() + v * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
