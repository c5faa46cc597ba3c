package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.ui.flow.Page;
import io.github.ocnmailsetup.ui.page.PageContext;
import io.github.ocnmailsetup.ui.page.ShellServices;
import io.github.ocnmailsetup.ui.page.WizardModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wizard's one window: about 900×640 and resizable, the AtlantaFX theme in light or dark, text that
 * scales with Ctrl + and Ctrl - (up to 200%), and a language switch that rebuilds the views while the
 * {@link WizardModel} keeps every answer.
 */
public final class WizardWindow implements ShellServices {

    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(WizardWindow.class);
    }

    /** Body text size at 100%, in pixels (STYLE.md: at least 15). */
    public static final double BASE_FONT_PX = 15;
    private static final double[] SCALES = {1.0, 1.15, 1.3, 1.5, 1.75, 2.0};

    private final Stage stage;
    private final WizardModel model;
    private final Consumer<String> documentOpener;
    private final Scene scene;
    private int scale;
    private boolean dark;
    private @Nullable WizardShellView shell;
    private boolean builtBesideTheWindow;

    private WizardWindow(Stage stage, WizardOptions options, Consumer<String> documentOpener) {
        this.stage = stage;
        this.documentOpener = documentOpener;
        this.model = new WizardModel(options, Platform::runLater);
        // An empty root in the theme's background colour until the first page's views are built.
        this.scene = new Scene(new StackPane(), 900, 640);
        scene.getStylesheets().add(Objects.requireNonNull(WizardWindow.class.getResource("wizard.css"))
                .toExternalForm());
        installAccelerators();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::enterOnChoiceMeansNext);
        model.localeProperty().addListener((o, a, b) -> rebuild());
        model.pageProperty().addListener((o, a, b) -> showPage());
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
        Application.setUserAgentStylesheet(theme(false));
        WizardWindow window = new WizardWindow(stage, options, documentOpener);
        stage.setScene(window.scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setOnHidden(e -> window.model.shutdown());
        stage.setOnCloseRequest(e -> window.model.remember());
        window.applyTitle();
        return window;
    }

    /**
     * Puts the first page's views into the window; after their first layout {@code afterLayout} runs, then the
     * first-page callback.
     */
    private void showFirstRoot(Parent root, Runnable afterLayout) {
        scene.setRoot(root);
        Runnable firstShown = model.options().firstPageShown();
        // The check's warm-up waits for the first page: on two cores it would otherwise delay it (performance.md).
        callOnceAfterLayout(() -> {
            afterLayout.run();
            if (firstShown != null) {
                firstShown.run();
            }
            model.warmUpInBackground();
        });
    }

    private void focusPage() {
        if (shell != null) {
            shell.focusPage();
        }
    }

    public WizardModel model() {
        return model;
    }

    /** The text size in pixels now. */
    public double fontPx() {
        return BASE_FONT_PX * SCALES[scale];
    }

    /** Larger (+1) or smaller (-1) text, between 100% and 200%; 0 resets. */
    public void scaleText(int direction) {
        scale = direction == 0 ? 0 : Math.max(0, Math.min(SCALES.length - 1, scale + direction));
        applyFontSize();
    }

    /** Light or dark AtlantaFX theme. */
    public void toggleTheme() {
        dark = !dark;
        Application.setUserAgentStylesheet(theme(dark));
        if (shell != null) {
            shell.showTheme(dark);
        }
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
    public Window window() {
        return stage;
    }

    @Override
    public void close() {
        model.remember();
        stage.close();
    }

    /** The shell's and the current page's views, not yet in any scene: any thread may build them. */
    private record Views(Parent root, WizardShellView shell) {
    }

    private Views buildViews() {
        FXMLLoader loader = new FXMLLoader(WizardWindow.class.getResource("WizardShell.fxml"),
                UiText.bundle(model.locale()));
        WizardShellView view = new WizardShellView(new PageContext(model, this), this);
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
        views.shell().showTheme(dark);
        views.root().setStyle("-fx-font-size: " + fontPx() + "px;");
        return views.root();
    }

    /** For tests: true when the first page's views were built on the builder thread, beside the opening window. */
    boolean builtBesideTheWindow() {
        return builtBesideTheWindow;
    }

    private void rebuild() {
        scene.setRoot(install(buildViews()));
        Platform.runLater(this::focusPage);
        applyTitle();
        model.remember();
    }

    private void showPage() {
        if (shell != null) {
            shell.showPage();
        }
    }

    private void applyTitle() {
        String title = UiText.get(model.locale(), "app.title");
        stage.setTitle(model.options().demo() ? title + " " + UiText.get(model.locale(), "app.demoSuffix") : title);
    }

    private void applyFontSize() {
        scene.getRoot().setStyle("-fx-font-size: " + fontPx() + "px;");
    }

    private void installAccelerators() {
        var accelerators = scene.getAccelerators();
        for (KeyCode bigger : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.SEMICOLON}) {
            accelerators.put(new KeyCodeCombination(bigger, KeyCombination.SHORTCUT_DOWN), () -> scaleText(1));
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            accelerators.put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN), () -> scaleText(-1));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> scaleText(0));
    }

    /**
     * JavaFX lets a focused radio button or check box swallow Enter; in a wizard Enter means Next (the default
     * button), and Space is what chooses.
     */
    private void enterOnChoiceMeansNext(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        Node focused = scene.getFocusOwner();
        if ((focused instanceof RadioButton || focused instanceof CheckBox) && shell != null) {
            event.consume();
            shell.pressNext();
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
        return model.pageProperty().get();
    }
}
