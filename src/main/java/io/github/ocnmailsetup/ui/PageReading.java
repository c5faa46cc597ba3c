package io.github.ocnmailsetup.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;

/**
 * Makes every part of a page reachable and readable with the keyboard alone, for every page the shell shows
 * (pages get it without doing anything): the text after a page's last control (a legend, a note at the bottom)
 * and every note box take the focus with Tab, so keyboard users reach them and screen readers read them;
 * each control's accessible help says what Enter does there; and a Japanese heading breaks its lines between
 * phrases ({@link HeadingBreaks}).
 */
final class PageReading {

    /** Style classes of text that is part of what a page says, not decoration: notes are reachable with Tab. */
    private static final List<String> NOTES = List.of("note", "note-box", "outcome-headline");
    /** Style classes of headings that break between phrases: the page's title and its questions. */
    private static final List<String> PHRASED = List.of("page-title", "question");

    private PageReading() {
    }

    /** Prepares a page's content as it is put into the window. */
    static void prepare(Parent content, Locale locale) {
        List<Node> inOrder = new ArrayList<>();
        collect(content, inOrder);
        int lastControl = -1;
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i) instanceof Control c && !(c instanceof Label) && c.isFocusTraversable()) {
                lastControl = i;
            }
        }
        for (int i = 0; i < inOrder.size(); i++) {
            Node node = inOrder.get(i);
            if (node instanceof Label label) {
                if (label.getStyleClass().stream().anyMatch(PHRASED::contains)) {
                    HeadingBreaks.install(label);
                }
                boolean note = label.getStyleClass().stream().anyMatch(NOTES::contains);
                if ((note || i > lastControl) && label.getText() != null && !label.getText().isBlank()) {
                    label.setFocusTraversable(true);
                    label.getStyleClass().add("readable");
                }
            } else if (node instanceof Control control && control.getAccessibleHelp() == null) {
                String help = helpKey(control);
                if (help != null) {
                    control.setAccessibleHelp(UiText.get(locale, help));
                }
            }
        }
    }

    private static String helpKey(Control control) {
        if (control instanceof TextInputControl) {
            return "shell.help.textField";
        } else if (control instanceof RadioButton || control instanceof CheckBox) {
            return "shell.help.choice";
        } else if (control instanceof Button) {
            return "shell.help.button";
        }
        return null;
    }

    /** The nodes of a page in the order Tab visits them (the scene graph's order), hidden ones included. */
    private static void collect(Parent parent, List<Node> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            into.add(child);
            if (child instanceof Parent p && !(child instanceof Control && !(child instanceof Label))) {
                collect(p, into);
            }
        }
    }
}
