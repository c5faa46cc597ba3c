package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.PageContext;
import io.github.ocnmailsetup.ui.page.PageLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wizard's one window, about 900×640 and resizable: it holds the stage, shows the first page fast, and builds
 * the views again on a language switch while the {@link WizardComposition} keeps every answer. What the window
 * looks like comes from {@link DisplaySettings}; its keys from {@link WindowKeys}; its services to the pages from
 * {@link DesktopShell}.
 */
public final class WizardWindow {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(WizardWindow.class);
    }

    private final Stage stage;
    private final WizardComposition composition;
    private final DesktopShell desktop;
    private final Scene scene;
    private @Nullable WizardShellView shell;
    private boolean builtBesideTheWindow;

    /** From this text size on, headings are set smaller in proportion, so a short heading fits on a line or two. */
    static final int LARGE_TEXT_PERCENT = 175;
    private static final String LARGE_TEXT = "large-text";

    private WizardWindow(Stage stage, WizardComposition composition, DesktopShell desktop, Scene scene) {
        this.stage = stage;
        this.composition = composition;
        this.desktop = desktop;
        this.scene = scene;
    }

    /** Opens the wizard in the given stage, its first page built before the window shows (tests use this). */
    public static WizardWindow open(Stage stage, WizardOptions options, Consumer<String> documentOpener) {
        WizardWindow window = prepare(stage, options, documentOpener);
        window.showFirstRoot(window.install(window.buildViews()), () -> { });
        stage.show();
        window.focusPage();
        return window;
    }

    /**
     * Opens the wizard the way a double-click does: the window shows at once while another thread builds the
     * first page's views from their FXML, which then take the window's place. The window's native set-up and
     * the views' construction run side by side on two cores (docs/performance.md). The views are in no scene
     * while they are built, which JavaFX allows off its thread; everything that touches the window or its state
     * (the views' installation, text size, theme, focus) happens on the FX thread. If the build fails there, the
     * FX thread builds the views itself; if that fails too, the window closes and the failure is logged.
     */
    public static WizardWindow openWhileBuilding(Stage stage, WizardOptions options,
            Consumer<String> documentOpener) {
        WizardWindow window = prepare(stage, options, documentOpener);
        Thread builder = new Thread(() -> {
            Views built = null;
            try {
                built = window.buildViews();
            } catch (Throwable e) {
                log().warn("The first page's views could not be built beside the window; building them again: {}",
                        e.toString());
            } finally {
                Views beside = built;
                // The window is showing already: its first pulse with the page gives the focus away, so the page
                // takes it back right after that pulse.
                Platform.runLater(() -> window.showFirstViews(beside));
            }
        }, "first-page-builder");
        builder.setDaemon(true);
        builder.start();
        stage.show();
        return window;
    }

    private void showFirstViews(@Nullable Views beside) {
        Views views = beside;
        if (views == null) {
            try {
                views = buildViews();
            } catch (RuntimeException | LinkageError e) {
                log().error("The wizard's first page could not be built: {}", e.toString());
                stage.close();
                return;
            }
        }
        builtBesideTheWindow = beside != null;
        showFirstRoot(install(views), this::focusPage);
    }

    private static WizardWindow prepare(Stage stage, WizardOptions options, Consumer<String> documentOpener) {
        WizardComposition composition = WizardComposition.build(options, Platform::runLater);
        DisplaySettings display = composition.display();
        Application.setUserAgentStylesheet(theme(display.dark()));
        // An empty root in the theme's background colour until the first page's views are built.
        Scene scene = new Scene(new StackPane(), 900, 640);
        scene.getStylesheets().add(Objects.requireNonNull(WizardWindow.class.getResource("wizard.css"))
                .toExternalForm());
        scene.getStylesheets().add(MonospaceFont.stylesheet());
        WizardWindow window = new WizardWindow(stage, composition,
                new DesktopShell(stage, documentOpener, composition::remember), scene);
        WindowKeys.install(scene, display, window::pressNext);
        ShellViewModel shellModel = composition.shell();
        shellModel.localeProperty().addListener((o, a, b) -> window.rebuild());
        shellModel.pageProperty().addListener((o, a, b) -> window.showPage());
        display.darkProperty().addListener((o, a, dark) -> window.showTheme(dark));
        display.fontPx().addListener((o, a, b) -> window.applyFontSize());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setOnHidden(e -> composition.shutdown());
        stage.setOnCloseRequest(e -> ClosingWindow.request(e, stage, composition, shellModel::locale));
        stage.titleProperty().bind(shellModel.title());
        return window;
    }

    /**
     * Puts the first page's views into the window; after their first layout {@code afterLayout} runs, then the
     * first-page callback.
     */
    private void showFirstRoot(Parent root, Runnable afterLayout) {
        scene.setRoot(root);
        Runnable firstShown = composition.options().firstPageShown();
        // The check's warm-up waits for the first page: on two cores it would otherwise delay it (performance.md).
        callOnceAfterLayout(() -> {
            afterLayout.run();
            if (firstShown != null) {
                firstShown.run();
            }
            composition.warmUpInBackground();
        });
    }

    private void focusPage() {
        if (shell != null) {
            shell.focusPage();
        }
    }

    private void pressNext() {
        if (shell != null) {
            shell.pressNext();
        }
    }

    /** Closes the window as Finish does: the answers are remembered, then the password is dropped. */
    public void close() {
        desktop.close();
    }

    /** The models behind the window (tests reach the pages' state through it). */
    public WizardComposition composition() {
        return composition;
    }

    /**
     * AtlantaFX's Primer theme, light or dark, bundled as stylesheets in {@code ui/theme} (MIT licence):
     * AtlantaFX 2.1's classes are built for Java 21, and {@code javafx:run} leaves its jar off the class path,
     * while the CSS works on any JavaFX 17 or later (docs/decisions/0030-theme-as-bundled-css.md).
     */
    static String theme(boolean dark) {
        String name = dark ? "theme/primer-dark.css" : "theme/primer-light.css";
        return Objects.requireNonNull(WizardWindow.class.getResource(name), name).toExternalForm();
    }

    /** The shell's and the current page's views, not yet in any scene: any thread may build them. */
    private record Views(Parent root, WizardShellView shell) {
    }

    private Views buildViews() {
        ShellViewModel shellModel = composition.shell();
        FXMLLoader loader = new FXMLLoader(WizardWindow.class.getResource("WizardShell.fxml"),
                UiText.bundle(shellModel.locale()));
        PageContext context = new PageContext(shellModel.locale(), desktop, composition.options().demoAccount());
        WizardShellView view = new WizardShellView(shellModel, composition.display(),
                page -> PageLoader.load(page, composition.pages(), context), desktop::close);
        loader.setController(view);
        try {
            Parent root = loader.load();
            view.showPageContent();
            return new Views(root, view);
        } catch (IOException e) {
            throw new UncheckedIOException("The wizard's window layout is missing from the application", e);
        }
    }

    /** Makes built views the window's own (FX thread): its theme and text size apply to them. */
    private Parent install(Views views) {
        shell = views.shell();
        views.shell().showTheme(composition.display().dark());
        styleRoot(views.root());
        return views.root();
    }

    /** For tests: true when the first page's views were built on the builder thread, beside the opening window. */
    boolean builtBesideTheWindow() {
        return builtBesideTheWindow;
    }

    /** A language switch: the same page in the other language, the focus on the control that had it. */
    private void rebuild() {
        FocusPlace focus = FocusPlace.of(scene);
        scene.setRoot(install(buildViews()));
        // After the first layout: until then the scroll pane has no skin, so the page's controls are not yet
        // among the scene's nodes.
        callOnceAfterLayout(() -> Platform.runLater(() -> {
            if (!focus.restore(scene)) {
                focusPage();
            }
        }));
    }

    private void showPage() {
        if (shell != null) {
            shell.showPage();
        }
    }

    private void showTheme(boolean dark) {
        Application.setUserAgentStylesheet(theme(dark));
        if (shell != null) {
            shell.showTheme(dark);
        }
    }

    private void applyFontSize() {
        styleRoot(scene.getRoot());
    }

    /** The text size and family; from 175% on, {@code large-text}: headings grow less than the text (wizard.css). */
    private void styleRoot(Parent root) {
        root.setStyle(JapaneseFont.style(composition.display().fontPx().get()));
        boolean large = composition.display().textPercentProperty().get() >= LARGE_TEXT_PERCENT;
        root.getStyleClass().remove(LARGE_TEXT);
        if (large) {
            root.getStyleClass().add(LARGE_TEXT);
        }
    }

    private void callOnceAfterLayout(Runnable callback) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            callback.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /** For tests: the page showing now. */
    public Page page() {
        return composition.shell().pageProperty().get();
    }
}
