package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.UiText;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** The returning user's home screen: a large "Test my connection" (the password is asked, never stored) and "Set up again". */
public final class HomeView {

    private final PageContext context;
    private final HomeViewModel vm;
    @FXML private Label address;
    @FXML private PasswordField password;
    @FXML private Button testButton;
    @FXML private Button setUpAgain;

    public HomeView(HomeViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML private Label passwordLabel;
    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(password);
        address.setText(UiText.get(context.locale(), "home.address", vm.address()));
        password.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
        testButton.disableProperty().bind(vm.canTest().not());
        testButton.setOnAction(e -> vm.testMyConnection());
        password.setOnAction(e -> testButton.fire());
        setUpAgain.setOnAction(e -> vm.setUpAgain());
        context.demo().ifPresent(demo -> password.setPromptText(
                UiText.get(context.locale(), "home.demoPrompt", demo.password())));
        Views.initialFocus(password);
    }
}
