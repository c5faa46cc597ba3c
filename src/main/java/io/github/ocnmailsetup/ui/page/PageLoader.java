package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.flow.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a page's FXML with the window's language, giving its controller the {@link PageContext}. */
public final class PageLoader {

    private PageLoader() {
    }

    /** A fresh view of the page, bound to the model's state. */
    public static Parent load(Page page, PageContext context) {
        URL fxml = PageLoader.class.getResource(page.viewName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("The view " + page.viewName() + ".fxml is missing from the application");
        }
        FXMLLoader loader = new FXMLLoader(fxml, UiText.bundle(context.locale()));
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(PageContext.class).newInstance(context);
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                throw new IllegalStateException("Cannot create the controller " + type.getName(), e);
            }
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view " + page.viewName(), e);
        }
    }
}
