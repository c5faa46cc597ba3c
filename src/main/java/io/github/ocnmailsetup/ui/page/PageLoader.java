package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.flow.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a page's FXML with the window's language, its controller given the page's own ViewModel. */
public final class PageLoader {

    private PageLoader() {
    }

    /** A fresh view of the page, bound to its ViewModel's state. */
    public static Parent load(Page page, PageModels models, PageContext context) {
        URL fxml = PageLoader.class.getResource(page.viewName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("The view " + page.viewName() + ".fxml is missing from the application");
        }
        FXMLLoader loader = new FXMLLoader(fxml, UiText.bundle(context.locale()));
        loader.setControllerFactory(type -> {
            Object controller = models.controller(page, context);
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(page.viewName() + ".fxml names the controller " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view " + page.viewName(), e);
        }
    }
}
