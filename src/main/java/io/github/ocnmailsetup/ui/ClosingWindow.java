package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.page.TestOnClose;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's close button while a connection test runs: the window stays until the test has finished its own
 * clean-up (bounded, {@link TestOnClose}), says what came of it, and closes when the user has read it.
 */
final class ClosingWindow {

    private static final String WAITING = "closing.waitsForTest";

    private ClosingWindow() {
    }

    /** Handles a close request: lets it through when no test runs, else waits for the test first. */
    static void request(WindowEvent event, Stage stage, WizardComposition composition, Supplier<Locale> locale) {
        composition.remember();
        TestOnClose closing = new TestOnClose(composition.pages().test(), (delay, task) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> task.run());
            pause.play();
        });
        if (closing.mayCloseNow()) {
            return;
        }
        event.consume();
        if (stage.getProperties().putIfAbsent(WAITING, Boolean.TRUE) != null) {
            return; // the close button again while the note waits: one note is enough
        }
        Alert note = new Alert(Alert.AlertType.INFORMATION, closing.waiting().in(locale.get()), ButtonType.OK);
        note.initOwner(stage);
        note.setTitle(UiText.get(locale.get(), "app.title"));
        note.setHeaderText(UiText.get(locale.get(), "close.header"));
        boolean[] finished = {false};
        note.setOnHidden(e -> {
            if (finished[0]) {
                stage.close();
            } else {
                note.show(); // OK before the test has ended: the note stays until it can say what came of it
            }
        });
        note.show();
        closing.finish(said -> {
            finished[0] = true;
            note.setContentText(said.in(locale.get()));
        });
    }
}
