package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.jspecify.annotations.Nullable;

/** Small wiring helpers the page controllers share. */
final class Views {

    private Views() {
    }

    /** Shows or hides a node, taking no space when hidden. */
    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Shows the node only while the condition holds. */
    static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The label shows a message from the model in the window's language, and hides when there is none. */
    static void words(Label label, PageContext context, ObservableValue<@Nullable Text> text) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> text.getValue() == null ? "" : context.words(text.getValue()), text));
        showWhen(label, Bindings.createBooleanBinding(() -> text.getValue() != null, text));
    }

    /** The label shows text computed from the given dependencies. */
    static void text(Label label, Supplier<String> value, Observable... dependencies) {
        label.textProperty().bind(Bindings.createStringBinding(value::get, dependencies));
    }
}
