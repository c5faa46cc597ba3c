package io.github.ocnmailsetup.ui.page;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.jspecify.annotations.Nullable;

/**
 * Scrolls the page so that something that has just appeared below the fold (an answer's result, a follow-up
 * question, a failed test's remedy) is seen before the reader presses Next. It only scrolls: the keyboard focus
 * stays on the control the user is on, and that control stays in view too when both fit.
 */
final class BelowTheFold {

    /** Room left between the shown part and the edge of the view. */
    private static final double MARGIN = 8;

    private BelowTheFold() {
    }

    /**
     * After the next layout, scrolls just enough to show {@code first} down to {@code last} (the same node for
     * one). When they do not fit together, {@code last} is shown, from its top when it is taller than the view.
     */
    static void reveal(Node first, Node last) {
        // Later than the page's own focus handling, which scrolls to the focused control in a runLater too.
        Platform.runLater(() -> {
            ScrollPane scroll = scrollPaneOf(first);
            if (scroll != null && first.isVisible() && last.isVisible()) {
                scroll.applyCss();
                scroll.layout();
                scrollTo(scroll, first, last);
            }
        });
    }

    /** Shows one node whole (its top when it is taller than the view). */
    static void reveal(Node node) {
        reveal(node, node);
    }

    private static void scrollTo(ScrollPane scroll, Node first, Node last) {
        Node content = scroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / range * (contentHeight - viewport);
        Bounds span = union(bounds(content, first), bounds(content, last));
        if (span.getHeight() + 2 * MARGIN > viewport) {
            span = bounds(content, last);
        }
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        if (focused != null && isInside(focused, content)) {
            Bounds withFocus = union(span, bounds(content, focused));
            if (withFocus.getHeight() + 2 * MARGIN <= viewport) {
                span = withFocus;
            }
        }
        double newTop = top;
        if (span.getHeight() + 2 * MARGIN > viewport || span.getMinY() < top) {
            newTop = span.getMinY() - MARGIN;
        } else if (span.getMaxY() > top + viewport) {
            newTop = span.getMaxY() - viewport + MARGIN;
        }
        double v = Math.max(0, Math.min(1, newTop / (contentHeight - viewport)));
        scroll.setVvalue(scroll.getVmin() + v * range);
    }

    private static Bounds bounds(Node content, Node node) {
        return content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minY = Math.min(a.getMinY(), b.getMinY());
        double maxY = Math.max(a.getMaxY(), b.getMaxY());
        double minX = Math.min(a.getMinX(), b.getMinX());
        double maxX = Math.max(a.getMaxX(), b.getMaxX());
        return new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static @Nullable ScrollPane scrollPaneOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                return scroll;
            }
        }
        return null;
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
