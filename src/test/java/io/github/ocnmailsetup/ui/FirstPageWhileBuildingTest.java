package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.ui.flow.Page;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A double-click opens the window at once and builds the first page's views on another thread
 * ({@link WizardWindow#openWhileBuilding}). The page that arrives must be the whole, working wizard: shown, in
 * focus, answering the keyboard and the mouse, with the first-page signal given once and only then.
 */
@ExtendWith({ApplicationExtension.class, OnlyOwnAsyncExceptions.class})
class FirstPageWhileBuildingTest {

    private Stage stage;
    @TempDir Path data;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @Test
    void that_the_page_built_beside_the_opening_window_is_the_working_wizard(FxRobot robot) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        AtomicInteger signals = new AtomicInteger();
        AtomicReference<Parent> rootAtSignal = new AtomicReference<>();
        AtomicReference<WizardWindow> window = new AtomicReference<>();
        WizardOptions options = WizardOptions.of(data, Locale.ENGLISH, OcnSettings.bundled(), SSLContext.getDefault())
                .withFixedLocale(Locale.ENGLISH).withThunderbirdHome(data.resolve("home"))
                .withFirstPageShown(() -> {
                    signals.incrementAndGet();
                    rootAtSignal.set(stage.getScene().getRoot());
                    shown.countDown();
                });

        robot.interact(() -> window.set(WizardWindow.openWhileBuilding(stage, options, uri -> { })));

        assertThat(shown.await(30, TimeUnit.SECONDS)).as("the first page showed").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rootAtSignal.get().getStyleClass()).as("the signal came with the wizard, not the empty root")
                .contains("wizard");
        assertThat(window.get().builtBesideTheWindow()).as("the views were built off the FX thread, not rebuilt on it")
                .isTrue();
        WizardRobot wizard = new WizardRobot(robot, window.get(), stage, "while-building");
        assertThat(wizard.shows("Switch your OCN mail to SSL")).isTrue();
        assertThat(wizard.focusOwner()).as("the keyboard starts on the page").isEqualTo("RadioButton#mailSoftware");

        wizard.shot("1-welcome").click("#mailSoftware").next();

        assertThat(wizard.page()).isEqualTo(Page.ELIGIBILITY);
        assertThat(signals).as("the first-page signal is given once").hasValue(1);
    }
}
