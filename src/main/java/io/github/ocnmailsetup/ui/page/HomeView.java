package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.flow.Page;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The returning user's home screen: a large "Test my connection" (the password is asked, never stored) and "Set up again". */
public final class HomeView {

    private final PageContext context;
    @FXML private Label address;
    @FXML private PasswordField password;
    @FXML private Button testButton;
    @FXML private Button setUpAgain;

    public HomeView(PageContext context) {
        this.context = context;
    }

    @FXML private Label passwordLabel;
    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(password);
        AccountViewModel account = context.model().account();
        address.setText(UiText.get(context.locale(), "home.address", account.addressProperty().get()));
        password.textProperty().bindBidirectional(account.passwordProperty());
        testButton.disableProperty().bind(account.answered().not());
        testButton.setOnAction(e -> {
            context.model().goTo(Page.TEST);
            context.model().test().start();
        });
        password.setOnAction(e -> testButton.fire());
        setUpAgain.setOnAction(e -> context.model().setUpAgain());
        context.model().options().demoAccount().ifPresent(demo -> password.setPromptText(
                UiText.get(context.locale(), "home.demoPrompt", demo.password())));
        Views.initialFocus(password);
    }
}
