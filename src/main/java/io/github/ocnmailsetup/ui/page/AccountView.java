package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.WizardOptions.DemoAccount;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/** Page 3's controller: wiring only. The visible password field exists only while "Show" is on. */
public final class AccountView {

    private final PageContext context;
    private final AccountViewModel vm;
    @FXML private VBox demoBox;
    @FXML private Label demoHint;
    @FXML private TextField address;
    @FXML private Label addressProblem;
    @FXML private PasswordField password;
    @FXML private TextField passwordVisible;
    @FXML private ToggleButton showPassword;
    @FXML private Label passwordAdvice;

    public AccountView(PageContext context) {
        this.context = context;
        this.vm = context.model().account();
    }

    @FXML private Label addressLabel;
    @FXML private Label passwordLabel;
    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(password);
        addressLabel.setLabelFor(address);
        address.textProperty().bindBidirectional(vm.addressProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        passwordVisible.textProperty().bindBidirectional(vm.passwordProperty());
        showPassword.selectedProperty().bindBidirectional(vm.passwordShownProperty());
        Views.showWhen(passwordVisible, vm.passwordShownProperty());
        Views.showWhen(password, vm.passwordShownProperty().not());
        showPassword.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> UiText.get(context.locale(), vm.passwordShownProperty().get()
                        ? "account.password.hide" : "account.password.show"), vm.passwordShownProperty()));
        Views.words(addressProblem, context, vm.addressProblemProperty());
        Views.words(passwordAdvice, context, vm.passwordAdviceProperty());
        DemoAccount demo = context.model().options().demoAccount().orElse(null);
        Views.show(demoBox, demo != null);
        if (demo != null) {
            demoHint.setText(UiText.get(context.locale(), "account.demo.hint", demo.address(), demo.password()));
        }
        Views.initialFocus(address);
    }
}
