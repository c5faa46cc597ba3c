package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.page.ShellServices;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/** The desktop services the pages use: the system clipboard, the default browser, the window and its closing. */
final class DesktopShell implements ShellServices {

    private final Stage stage;
    private final Consumer<String> documentOpener;
    private final Runnable beforeClose;

    /**
     * @param documentOpener opens a file or web address (the application's host services; tests record the call)
     * @param beforeClose    what to do before the window closes (remember the answers)
     */
    DesktopShell(Stage stage, Consumer<String> documentOpener, Runnable beforeClose) {
        this.stage = stage;
        this.documentOpener = documentOpener;
        this.beforeClose = beforeClose;
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void showDocument(String uri) {
        documentOpener.accept(uri);
    }

    @Override
    public Stage window() {
        return stage;
    }

    @Override
    public void close() {
        beforeClose.run();
        stage.close();
    }
}
