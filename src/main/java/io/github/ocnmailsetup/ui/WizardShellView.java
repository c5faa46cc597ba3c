package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.Views;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The frame around every page: the step list on the left (where you are, what is done), the page in the
 * middle, Back at the bottom left and Next, the default button, at the bottom right; at the top the language,
 * theme and text-size switches.
 */
public final class WizardShellView {

    private final ShellViewModel model;
    private final DisplaySettings display;
    private final Function<Page, Parent> pages;
    private final Runnable close;

    @FXML private javafx.scene.layout.BorderPane shellRoot;
    @FXML private VBox stepPane;
    @FXML private VBox stepList;
    @FXML private Label stepOf;
    @FXML private ScrollPane pageScroll;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Label nextWaits;
    @FXML private Button languageButton;
    @FXML private Button themeButton;
    @FXML private Button smallerButton;
    @FXML private Button biggerButton;

    /**
     * @param pages builds a page's view (with its own ViewModel)
     * @param close closes the window (Finish)
     */
    WizardShellView(ShellViewModel model, DisplaySettings display, Function<Page, Parent> pages, Runnable close) {
        this.model = model;
        this.display = display;
        this.pages = pages;
        this.close = close;
    }

    @FXML
    private void initialize() {
        backButton.setOnAction(e -> model.back());
        nextButton.setOnAction(e -> {
            if (model.flow().isFinish()) {
                close.run();
            } else {
                model.next();
            }
        });
        languageButton.setOnAction(e -> model.switchLanguage());
        themeButton.setOnAction(e -> display.toggleTheme());
        smallerButton.setOnAction(e -> display.scaleText(-1));
        biggerButton.setOnAction(e -> display.scaleText(1));
        for (Button button : new Button[] {smallerButton, biggerButton, themeButton, languageButton}) {
            String name = button.getAccessibleText() != null ? button.getAccessibleText() : button.getText();
            button.setTooltip(new Tooltip(name));
        }
        NextWaits.install(nextWaits, nextButton,
                () -> text(NextWaits.key(model.pageProperty().get(), model.locale())));
        StepPane.collapseWhenNarrow(stepPane, display, () -> model.pageProperty().get().step() >= 0);
        PageScrolling.install(shellRoot, pageScroll);
        // The shell's views are built again on a language switch: only the views in the window listen.
        Views.whileShowing(nextButton, model.answeredBinding(Page.TEST),
                () -> focusNextWhenPassed(model.answeredBinding(Page.TEST).get()));
    }

    /** Shows the model's current page, updates the step list and buttons, then gives the page the focus. */
    void showPage() {
        showPageContent();
        Platform.runLater(this::focusPage);
    }

    /**
     * Shows the model's current page and updates the step list and buttons, without touching the focus: the
     * window's first views may be built off the FX thread, and the window focuses them once they are in it.
     */
    void showPageContent() {
        Page page = model.pageProperty().get();
        Parent content = pages.apply(page);
        pageScroll.setContent(content);
        pageScroll.setVvalue(0);
        showSteps(page);
        backButton.setDisable(!model.flow().canGoBack());
        boolean finish = model.flow().isFinish();
        nextButton.setText(text(finish ? "shell.finish" : "shell.next"));
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(model.answeredBinding(page).not());

        nextButton.setVisible(finish || model.flow().hasNext());
        NextWaits.refresh(nextWaits, nextButton, text(NextWaits.key(page, model.locale())));
        PageReading.prepare(content, model.locale());
    }

    /**
     * When the live test passes, its buttons change under the focus: Next takes it, so Enter goes on; and the result
     * is scrolled into view (at large text it lies below the steps, and Next is outside the page).
     */
    private void focusNextWhenPassed(boolean passed) {
        if (passed && model.pageProperty().get() == Page.TEST && nextButton.getScene() != null) {
            Platform.runLater(() -> {
                nextButton.requestFocus();
                Node result = pageScroll.getContent() == null ? null : pageScroll.getContent().lookup(".outcome");
                if (result != null && result.isVisible()) {
                    pageScroll.applyCss();
                    pageScroll.layout();
                    PageScrolling.reveal(pageScroll, result);
                }
            });
        }
    }

    /** Presses Next (or Finish) when it can be pressed. */
    void pressNext() {
        if (nextButton.isVisible() && !nextButton.isDisabled()) {
            nextButton.fire();
        }
    }

    /**
     * Gives the keyboard focus to the page's first control (after the window is shown) and shows the page from its
     * heading: at large text the first control may lie below the fold, and a page that opens scrolled down to it
     * hides what the page is about.
     */
    void focusPage() {
        boolean focused = pageScroll.getContent() != null && Views.focusInitial(pageScroll.getContent());
        if (!focused) {
            // A page without a question: Next (or Finish) takes the focus, so Enter goes on and Tab reaches the rest.
            (nextButton.isVisible() && !nextButton.isDisabled() ? nextButton : backButton).requestFocus();
        }
        PageScrolling.showTop(pageScroll);
    }

    void showTheme(boolean dark) {
        themeButton.setText(text(dark ? "shell.theme.light" : "shell.theme.dark"));
        themeButton.setAccessibleText(text(dark ? "shell.theme.light.accessible" : "shell.theme.dark.accessible"));
        themeButton.getTooltip().setText(themeButton.getAccessibleText());
    }

    private void showSteps(Page page) {
        stepList.getChildren().clear();
        for (int i = 0; i < Page.STEPS; i++) {
            boolean current = page.step() == i;
            boolean done = model.flow().stepDone(i);
            // Marks every Japanese system font has (JIS X 0208 and ▶): a missing glyph shows as a box.
            String mark = current ? "\u25B6" : done ? "\u25CB" : "\u3000";
            Label step = new Label(mark + " " + text("step." + i));
            step.getStyleClass().add("step");
            if (current) {
                step.getStyleClass().add("step-current");
            } else if (done) {
                step.getStyleClass().add("step-done");
            }
            String state = text(current ? "step.state.current" : done ? "step.state.done" : "step.state.todo");
            step.setAccessibleText(text("step.accessible", i + 1, Page.STEPS, text("step." + i), state));
            stepList.getChildren().add(step);
        }
        // The home screen's own title says where the user is; a step number would be wrong there.
        stepOf.setText(page.step() < 0 ? "" : text("shell.stepOf", page.step() + 1, Page.STEPS));
        stepOf.setVisible(page.step() >= 0); // an empty line would push the home screen's heading down
        stepOf.setManaged(page.step() >= 0);
        StepPane.update(stepPane);
    }

    private String text(String key, Object... args) {
        return UiText.get(model.locale(), key, args);
    }
}
