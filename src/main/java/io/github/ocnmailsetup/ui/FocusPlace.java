package io.github.ocnmailsetup.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.jspecify.annotations.Nullable;

/**
 * Where the keyboard focus was before the views were built again (a language switch), so it can go back to the
 * same control: by its id, else by its place among the controls Tab visits.
 */
record FocusPlace(@Nullable String id, int index) {

    /** The focus of the scene now ({@code index} -1 when nothing in the window has it). */
    static FocusPlace of(Scene scene) {
        Node owner = scene.getFocusOwner();
        if (owner == null || scene.getRoot() == null) {
            return new FocusPlace(null, -1);
        }
        return new FocusPlace(owner.getId(), reachable(scene.getRoot()).indexOf(owner));
    }

    /** Focuses the same control in the scene's new views; false when there is none to focus. */
    boolean restore(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null) {
            return false;
        }
        List<Node> nodes = reachable(root);
        Node target = null;
        if (id != null) {
            target = nodes.stream().filter(n -> id.equals(n.getId())).findFirst().orElse(null);
        }
        if (target == null && index >= 0 && index < nodes.size()) {
            target = nodes.get(index);
        }
        if (target != null) {
            target.requestFocus();
        }
        return target != null;
    }

    private static List<Node> reachable(Parent root) {
        return root.lookupAll("*").stream()
                .filter(n -> n.isFocusTraversable() && n.isVisible() && !n.isDisabled()).toList();
    }
}
