package io.github.ocnmailsetup.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The JavaFX application behind {@link WizardLauncher}; it hands the stage to {@link WizardWindow}. */
public final class WizardApp extends Application {

    private static volatile @Nullable WizardOptions pending;

    static void launchWith(WizardOptions options) {
        pending = options;
        Application.launch(WizardApp.class);
    }

    @Override
    public void start(Stage stage) {
        WizardOptions options = Objects.requireNonNull(pending, "launchWith sets the options");
        WizardWindow.openWhileBuilding(stage, options, getHostServices()::showDocument);
    }
}
