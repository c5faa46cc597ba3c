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

    /** Room left between the shown part and the edge of the view, when there is room for it. */
    private static final double MARGIN = 8;

    private BelowTheFold() {
    }

    /**
     * After the next layout, scrolls just enough to show {@code first} down to {@code last} (the same node for
     * one), or {@code last} alone when they do not fit together; with the focused control too when all fit. When
     * {@code last} is taller than the view: the focused control and the start of {@code last} if those fit, else
     * {@code last} from its top.
     */
    static void reveal(Node first, Node last) {
        // Later than the page's own focus handling, which scrolls to the focused control in a runLater too.
        Platform.runLater(() -> {
            revealNow(first, last);
            // Once more after the next pulse: text that wraps anew at large text (a heading broken between
            // phrases, a box whose width settles) can change the heights the first pass measured.
            Platform.runLater(() -> revealNow(first, last));
        });
    }

    private static void revealNow(Node first, Node last) {
        ScrollPane scroll = scrollPaneOf(first);
        if (scroll != null && first.isVisible() && last.isVisible()) {
            scroll.applyCss();
            scroll.layout();
            scrollTo(scroll, first, last);
        }
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
        Bounds wanted = union(bounds(content, first), bounds(content, last));
        Node focused = content.getScene() == null ? null : content.getScene().getFocusOwner();
        Bounds focus = focused != null && isInside(focused, content) ? bounds(content, focused) : null;
        if (!fits(wanted, viewport)) {
            wanted = bounds(content, last);
        }
        double newTop;
        if (fits(wanted, viewport)) {
            newTop = minimalTop(focus != null && fits(union(wanted, focus), viewport) ? union(wanted, focus) : wanted,
                    top, viewport);
        } else if (focus != null && startsInView(wanted, focus.getMinY() - MARGIN, viewport)) {
            newTop = focus.getMinY() - MARGIN; // the control the user is on, and the start of what appeared
        } else {
            newTop = minimalTop(wanted, top, viewport);
        }
        double v = Math.max(0, Math.min(1, newTop / (contentHeight - viewport)));
        scroll.setVvalue(scroll.getVmin() + v * range);
    }

    /** Whether the span fits the view, margins or not: a box as tall as the view is still shown whole. */
    private static boolean fits(Bounds span, double viewport) {
        return span.getHeight() <= viewport;
    }

    /** Whether the first quarter of the view's height of {@code part} (or all of it) shows from this top. */
    private static boolean startsInView(Bounds part, double viewTop, double viewport) {
        return part.getMinY() >= viewTop && part.getMinY() + Math.min(part.getHeight(), viewport / 4) <= viewTop + viewport;
    }

    /** The least scrolling that shows the span, or its top when it is taller than the view. */
    private static double minimalTop(Bounds span, double top, double viewport) {
        double margin = Math.max(0, Math.min(MARGIN, (viewport - span.getHeight()) / 2));
        if (!fits(span, viewport) || span.getMinY() < top) {
            return span.getMinY() - margin;
        } else if (span.getMaxY() > top + viewport) {
            return span.getMaxY() - viewport + margin;
        }
        return top;
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
