package io.github.ocnmailsetup.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The window's shortcuts: Ctrl + and Ctrl - for the text size, Ctrl 0 to reset it, Enter on a choice for Next. */
final class WindowKeys {

    private WindowKeys() {
    }

    /** Installs the shortcuts in the scene; {@code pressNext} presses Next when it can be pressed. */
    static void install(Scene scene, DisplaySettings display, Runnable pressNext) {
        var accelerators = scene.getAccelerators();
        for (KeyCode bigger : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.SEMICOLON}) {
            accelerators.put(new KeyCodeCombination(bigger, KeyCombination.SHORTCUT_DOWN), () -> display.scaleText(1));
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            accelerators.put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN),
                    () -> display.scaleText(-1));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> display.scaleText(0));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> enterOnChoiceMeansNext(scene, event, pressNext));
    }

    /**
     * JavaFX lets a focused radio button or check box swallow Enter; in a wizard Enter means Next (the default
     * button), and Space is what chooses.
     */
    private static void enterOnChoiceMeansNext(Scene scene, KeyEvent event, Runnable pressNext) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if (focused instanceof RadioButton || focused instanceof CheckBox) {
            event.consume();
            pressNext.run();
        }
    }
}
