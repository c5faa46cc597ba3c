package io.github.ocnmailsetup.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The JavaFX application behind {@link WizardLauncher}; it hands the stage to {@link WizardWindow}. */
public final class WizardApp extends Application {

    private static volatile @Nullable WizardOptions pending;
    /**
     * JavaFX's own logger, held so its level stays set: JavaFX warns on every start that it runs from the class
     * path ("Unsupported JavaFX configuration"), which is this app's chosen set-up (decisions/0002), so only
     * its errors reach the terminal.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    static void launchWith(WizardOptions options) {
        pending = options;
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(WizardApp.class);
    }

    @Override
    public void start(Stage stage) {
        WizardOptions options = Objects.requireNonNull(pending, "launchWith sets the options");
        WizardWindow.openWhileBuilding(stage, options, getHostServices()::showDocument);
    }
}
