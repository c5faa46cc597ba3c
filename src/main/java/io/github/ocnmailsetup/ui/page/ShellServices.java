package io.github.ocnmailsetup.ui.page;

import javafx.stage.Window;

/** What a page may ask of the window around it, so page controllers need not know the stage. */
public interface ShellServices {

    /** Puts text on the clipboard. */
    void copy(String text);

    /** Opens a file or web address with the system's default program (a browser, for the settings sheet). */
    void showDocument(String uri);

    /** The window, as the owner of file choosers and confirmations. */
    Window window();

    /** Closes the wizard (answers are remembered first). */
    void close();
}
