package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.util.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;

/** Small wiring helpers the page controllers share. */
public final class Views {

    private Views() {
    }

    /** The key under which a page's root names the control that gets the keyboard focus when it shows. */
    static final String INITIAL_FOCUS = "wizard.initialFocus";

    /**
     * Names the control that gets the focus when the page shows; the window focuses it once the page is in the
     * scene (a request before that is lost).
     */
    static void initialFocus(Node node) {
        node.getProperties().put(INITIAL_FOCUS, Boolean.TRUE);
        if (node.getScene() != null) {
            node.requestFocus();
        }
    }

    /** Focuses the control the page named; false when it named none. */
    public static boolean focusInitial(Node pageRoot) {
        Node target = pageRoot.lookupAll("*").stream()
                .filter(n -> Boolean.TRUE.equals(n.getProperties().get(INITIAL_FOCUS)) && n.isVisible())
                .findFirst().orElse(null);
        if (target != null) {
            target.requestFocus();
        }
        return target != null;
    }

    /**
     * Calls {@code onChange} when the model value changes, for as long as the page is in the window: views are
     * rebuilt on every visit and language switch, while the model stays, so a view must not stay subscribed.
     */
    public static void whileShowing(Node page, Observable value, Runnable onChange) {
        InvalidationListener listener = o -> {
            if (o instanceof ObservableValue<?> observed) {
                observed.getValue(); // validate it, so the next change is reported too
            }
            onChange.run();
        };
        value.addListener(listener);
        page.sceneProperty().addListener((o, was, scene) -> {
            if (scene == null && was != null) {
                value.removeListener(listener);
            }
        });
    }

    /**
     * After a copy, the button says "Copied" for a few seconds, visibly and to screen readers (its accessible text
     * changes and they are told), then says what it said before.
     */
    public static void confirmCopied(Button button, Locale locale) {
        Object[] before = (Object[]) button.getProperties().computeIfAbsent(COPY_LABEL,
                k -> new Object[] {button.getText(), button.getAccessibleText()});
        String what = before[1] != null ? (String) before[1] : (String) before[0];
        button.setText(UiText.get(locale, "shell.copied"));
        button.setAccessibleText(UiText.get(locale, "shell.copied.accessible", what));
        button.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        PauseTransition pause = new PauseTransition(Duration.seconds(3));
        pause.setOnFinished(e -> {
            button.setText((String) before[0]);
            button.setAccessibleText((String) before[1]);
            button.getProperties().remove(COPY_LABEL);
        });
        pause.play();
    }

    private static final String COPY_LABEL = "wizard.copyLabel";

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

    /** A wrapping label with an optional style class, for text built in code. */
    /**
     * Makes text Tab reaches and the screen reader reads, as the shell does for a page's notes when it shows the
     * page: for text that is filled in or shown later (a note that appears while typing, a card built for the chosen
     * software), which the shell's pass cannot know about. The window scrolls a focused part into view.
     */
    static <T extends Label> T readable(T label) {
        label.setFocusTraversable(true);
        if (!label.getStyleClass().contains("readable")) {
            label.getStyleClass().add("readable");
        }
        return label;
    }

    static Label label(String text, @Nullable String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /**
     * A moving bar with a line saying what is going on (a progress bar, as on the test page: the trimmed theme
     * keeps its style, decision 0031).
     */
    static HBox working(PageContext context, String key) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(120);
        bar.setAccessibleText(UiText.get(context.locale(), key));
        Label words = Views.label(UiText.get(context.locale(), key), "hint");
        HBox line = new HBox(8, bar, words);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.getStyleClass().add("working");
        return line;
    }
}
