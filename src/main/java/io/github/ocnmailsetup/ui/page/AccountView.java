package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.UiText;
import io.github.ocnmailsetup.ui.WizardOptions.DemoAccount;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * Page 3's controller: wiring only. The password goes to the ViewModel as a {@link Secret}; the visible text
 * field for "Show" is created when the user asks to see the password and taken out of the scene when it is hidden.
 */
public final class AccountView {

    private final PageContext context;
    private final AccountViewModel vm;
    @FXML private VBox demoBox;
    @FXML private Label demoHint;
    @FXML private TextField address;
    @FXML private Label addressProblem;
    @FXML private StackPane passwordBox;
    @FXML private PasswordField password;
    @FXML private ToggleButton showPassword;
    @FXML private Label passwordAdvice;
    @FXML private Label addressAsUsed;
    @FXML private Label capsLock;
    @FXML private Label passwordSpaces;
    @FXML private Label addressLabel;
    @FXML private Label passwordLabel;
    @FXML private Label correctionNote;
    private @Nullable TextField passwordVisible;

    public AccountView(AccountViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        // Notes that appear while typing are Tab stops too, so a keyboard user reaches (and scrolls to) them.
        Views.readable(passwordAdvice);
        Views.readable(passwordSpaces);
        passwordLabel.setLabelFor(password);
        addressLabel.setLabelFor(address);
        address.textProperty().bindBidirectional(vm.addressProperty());
        vm.password().ifPresent(kept -> password.setText(kept.reveal()));
        password.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
        showPassword.selectedProperty().bindBidirectional(vm.passwordShownProperty());
        showPassword.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get(context.locale(), vm.passwordShownProperty().get()
                        ? "account.password.hide" : "account.password.show"), vm.passwordShownProperty()));
        Views.whileShowing(passwordBox, vm.passwordShownProperty(), this::showOrHidePassword);
        showOrHidePassword();
        Views.words(addressProblem, context, vm.addressProblemProperty());
        Views.words(passwordAdvice, context, vm.passwordAdviceProperty());
        Views.words(passwordSpaces, context, vm.passwordSpacesProperty());
        Views.showWhen(addressAsUsed, vm.addressChangedByNormalising());
        Views.text(addressAsUsed, () -> vm.address().map(a -> UiText.get(context.locale(), "account.address.asUsed",
                a.value())).orElse(""), vm.parsedAddressProperty());
        Views.showWhen(capsLock, vm.capsLockOnProperty());
        watchCapsLock(password);
        DemoAccount demo = context.demo().orElse(null);
        Views.show(demoBox, demo != null);
        if (demo != null) {
            demoHint.setText(UiText.get(context.locale(), "account.demo.hint", demo.address(), demo.password()));
        }
        Views.initialFocus(address);
        showCorrection();
    }

    /** Sent back by the test: its reason above the fields, the focus on the field to correct. */
    private void showCorrection() {
        AccountCorrection.Request request = vm.correction().requestProperty().get();
        Views.show(correctionNote, request != null);
        if (request == null) {
            return;
        }
        correctionNote.setText(UiText.get(context.locale(), "account.correction." + request.field().name(),
                context.words(request.reason())));
        if (request.field() == AccountCorrection.Field.PASSWORD) {
            address.getProperties().remove(Views.INITIAL_FOCUS);
            selectAllWhenFocused(password);
            Views.initialFocus(password);
        }
    }

    /**
     * The wrong password is selected when the field gets the focus, so typing the right one replaces it. Selected
     * after the focus change, since the field's own focus handling moves the caret.
     */
    private static void selectAllWhenFocused(TextInputControl field) {
        field.focusedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean focused) {
                if (focused) {
                    field.focusedProperty().removeListener(this);
                    Platform.runLater(field::selectAll);
                }
            }
        });
        if (field.isFocused()) {
            Platform.runLater(field::selectAll);
        }
    }

    /** Caps Lock, where the platform can tell (else no warning): checked on each key and when the field is entered. */
    private void watchCapsLock(Node field) {
        field.addEventFilter(KeyEvent.ANY, e -> updateCapsLock());
        field.focusedProperty().addListener((o, was, focused) -> updateCapsLock());
    }

    private void updateCapsLock() {
        vm.capsLockOnProperty().set(Platform.isKeyLocked(KeyCode.CAPS).orElse(false));
    }

    /** "Show" on: a text field with the characters takes the password field's place; off: it leaves the scene. */
    private void showOrHidePassword() {
        boolean shown = vm.passwordShownProperty().get();
        if (shown && passwordVisible == null) {
            TextField visible = new TextField(vm.password().map(Secret::reveal).orElse(""));
            visible.setAccessibleText(password.getAccessibleText());
            visible.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
            visible.setOnAction(password.getOnAction());
            watchCapsLock(visible);
            passwordBox.getChildren().add(visible);
            passwordVisible = visible;
            Views.show(password, false);
            if (password.isFocused()) {
                visible.requestFocus();
            }
        } else if (!shown && passwordVisible != null) {
            boolean focused = passwordVisible.isFocused();
            passwordBox.getChildren().remove(passwordVisible);
            passwordVisible = null;
            password.setText(vm.password().map(Secret::reveal).orElse(""));
            Views.show(password, true);
            if (focused) {
                password.requestFocus();
            }
        }
    }
}
