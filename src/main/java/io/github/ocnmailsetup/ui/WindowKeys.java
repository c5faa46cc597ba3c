package io.github.ocnmailsetup.ui;

import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, as on Windows: Ctrl + and Ctrl − for the text size (with or without Shift, so "+" works however
 * the keyboard makes it: Ctrl+Shift+= on a US layout, Ctrl+Shift+; on a Japanese one, the keypad), Ctrl 0 to reset
 * it; Enter on a choice or a text field goes Next, Enter on a focused button presses that button; Alt and a
 * choice's underlined letter selects that choice.
 */
final class WindowKeys {

    private WindowKeys() {
    }

    /** Installs the shortcuts in the scene; {@code pressNext} presses Next when it can be pressed. */
    static void install(Scene scene, DisplaySettings display, Runnable pressNext) {
        var accelerators = scene.getAccelerators();
        for (KeyCode bigger : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.SEMICOLON}) {
            accelerators.put(zoomKey(bigger), () -> display.scaleText(1));
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            accelerators.put(zoomKey(smaller), () -> display.scaleText(-1));
        }
        accelerators.put(zoomKey(KeyCode.DIGIT0), () -> display.scaleText(0));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> enterMeansTheFocusedButtonOrNext(scene, event, pressNext));
        // The scene handles mnemonics before its own filters see the key: the window's filter comes first. It leaves
        // with the scene: a window that shows another scene must not act on this one's choices.
        EventHandler<KeyEvent> mnemonics = event -> mnemonicSelectsAChoice(scene, event);
        scene.windowProperty().addListener((o, was, window) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, mnemonics);
            }
            if (window != null) {
                window.addEventFilter(KeyEvent.KEY_PRESSED, mnemonics);
            }
        });
    }

    /** Ctrl (Command on macOS) and the key, Shift either up or down. */
    private static KeyCombination zoomKey(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    /**
     * JavaFX lets Enter press the default button (Next) wherever the focus is, and lets a focused radio button or
     * check box swallow it. In this wizard Enter presses the focused button (Copy, Save, Test…), and on a choice
     * it means Next; Space is what chooses. A text field leaves Enter to the default button: Next.
     */
    private static void enterMeansTheFocusedButtonOrNext(Scene scene, KeyEvent event, Runnable pressNext) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (focused instanceof RadioButton || focused instanceof CheckBox) {
            event.consume();
            pressNext.run();
        } else if (focused instanceof Button button && !button.isDefaultButton()) {
            event.consume();
            if (!button.isDisabled()) {
                button.fire();
            }
        }
    }

    /**
     * A mnemonic (Alt and the underlined letter) on a radio button or check box selects it and moves the focus
     * there, as on Windows; JavaFX's own mnemonic only sends an action event, which does not select it.
     */
    private static void mnemonicSelectsAChoice(Scene scene, KeyEvent event) {
        if (!event.isAltDown() || event.isShortcutDown() || scene.getRoot() == null) {
            return;
        }
        dropStaleMnemonics(scene); // before the scene looks the key up

        String letter = event.getCode().getChar();
        if (letter.length() != 1) {
            return;
        }
        choiceWithMnemonic(scene.getRoot(), letter).ifPresent(choice -> {
            event.consume();
            choice.requestFocus();
            if (choice instanceof CheckBox || !((RadioButton) choice).isSelected()) {
                choice.fire();
            }
        });
    }

    private static Optional<ButtonBase> choiceWithMnemonic(Parent root, String letter) {
        return root.lookupAll("*").stream()
                .filter(n -> n instanceof RadioButton || n instanceof CheckBox)
                .map(n -> (ButtonBase) n)
                .filter(n -> n.isVisible() && !n.isDisabled() && isShowing(n) && letter.equalsIgnoreCase(mnemonic(n)))
                .findFirst();
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The letter after the first underscore of a mnemonic-parsing label ("…(_J)" → "J"), or "". */
    static String mnemonic(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isMnemonicParsing() || text == null) {
            return "";
        }
        int at = text.indexOf('_');
        return at >= 0 && at + 1 < text.length() ? text.substring(at + 1, at + 2) : "";
    }

    /**
     * Forgets the mnemonics of pages no longer shown, on every Alt key before the scene looks it up. JavaFX keeps an
     * empty entry for each letter a gone page used and takes the first entry that matches the key: an empty
     * Alt+'A' left by one page's "(_A)" swallowed Alt+A of another page's "_another" (the letter in the other
     * case), and the key did nothing until the window was rebuilt.
     */
    private static void dropStaleMnemonics(Scene scene) {
        scene.getMnemonics().values().forEach(list -> list.removeIf(m -> m.getNode().getScene() != scene));
        scene.getMnemonics().values().removeIf(List::isEmpty);
    }
}
