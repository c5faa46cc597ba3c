package io.github.ocnmailsetup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.ConnectionTestViewModel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the wizard window in tests the way a user does, and takes a screenshot of each page. */
public final class WizardRobot {

    private final FxRobot robot;
    private final WizardWindow window;
    private final Stage stage;
    private final String shotPrefix;

    public WizardRobot(FxRobot robot, WizardWindow window, Stage stage, String shotPrefix) {
        this.robot = robot;
        this.window = window;
        this.stage = stage;
        this.shotPrefix = shotPrefix;
    }

    public WizardWindow window() {
        return window;
    }

    public Page page() {
        return window.page();
    }

    public String lang() {
        return window.composition().shell().locale().getLanguage();
    }

    /** Opens the window by clicking on a node with this CSS id (for example {@code #nextButton}). */
    public WizardRobot click(String id) {
        reveal(robot.lookup(id).query());
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public WizardRobot write(String id, String text) {
        reveal(robot.lookup(id).query());
        robot.clickOn(id);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Scrolls the page so the node is in view, as a user would before clicking it. */
    public void reveal(Node node) {
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup("#pageScroll").query();
            Node content = scroll.getContent();
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight <= viewport) {
                return;
            }
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double target = Math.max(0, Math.min(1, (bounds.getMinY() - viewport / 3) / (contentHeight - viewport)));
            scroll.setVvalue(target);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The control that has the keyboard focus, for messages. */
    public String focusOwner() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? "nothing" : owner.getClass().getSimpleName() + "#" + owner.getId();
    }

    public WizardRobot next() {
        Button next = robot.lookup("#nextButton").queryButton();
        assertThat(next.isDisabled()).as("Next is enabled on %s", page()).isFalse();
        return click("#nextButton");
    }

    public boolean nextEnabled() {
        Button next = robot.lookup("#nextButton").queryButton();
        return next.isVisible() && !next.isDisabled();
    }

    /** Saves a screenshot named after the prefix, the page and the language. */
    public WizardRobot shot(String suffix) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), shotPrefix + "-" + lang() + "-" + suffix);
        return this;
    }

    /** Waits until the connection test has a result. */
    public ConnectionTestViewModel.State awaitTestResult() {
        ConnectionTestViewModel test = window.composition().pages().test();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> test.stateProperty().get() != ConnectionTestViewModel.State.RUNNING
                            && test.stateProperty().get() != ConnectionTestViewModel.State.READY);
        } catch (TimeoutException e) {
            throw new AssertionError("The connection test did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return test.stateProperty().get();
    }

    /**
     * Whether some visible labelled node shows exactly this text or contains it, as the reader sees it: a
     * heading's line breaks (put between phrases at large text) and the invisible joiners that keep a server name
     * on one line do not count.
     */
    public boolean shows(String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && n.isVisible() && l.getText() != null
                && l.getText().replace("\uFEFF", "").replace("\n", "").contains(text.replace("\n", "")))
                .tryQuery().isPresent();
    }

    /** Waits (up to 10 s) until some visible labelled node shows the text: for work that runs off the FX thread. */
    public boolean awaitShows(String text) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(text));
        } catch (TimeoutException e) {
            return false;
        }
        WaitForAsyncUtils.waitForFxEvents();
        return true;
    }

    /** A text in the window's language. */
    public String text(String key, Object... args) {
        return UiText.get(window.composition().shell().locale(), key, args);
    }

    public Locale locale() {
        return window.composition().shell().locale();
    }
}
