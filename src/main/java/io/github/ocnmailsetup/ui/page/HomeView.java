package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.Secret;
import io.github.ocnmailsetup.ui.UiText;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The returning user's home screen: the password (asked, never stored), then every address set up on this computer
 * in a field the user can correct, each with "Test my connection" and "Set up again"; and "Set up another address".
 */
public final class HomeView {

    private final PageContext context;
    private final HomeViewModel vm;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private VBox rows;
    @FXML private Label problem;
    @FXML private Button addAddress;

    public HomeView(HomeViewModel vm, PageContext context) {
        this.context = context;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(password);
        password.textProperty().addListener((o, was, typed) -> vm.typePassword(Secret.of(typed)));
        for (int i = 0; i < vm.addresses().size(); i++) {
            rows.getChildren().add(row(vm.addresses().get(i), i));
        }
        if (vm.addresses().size() == 1) { // one address: Enter in the password field tests it
            password.setOnAction(e -> ((Button) rows.lookup("#testButton")).fire());
        }
        Views.words(problem, context, vm.problemProperty());
        addAddress.setOnAction(e -> vm.addAddress());
        context.demo().ifPresent(demo -> password.setPromptText(
                UiText.get(context.locale(), "home.demoPrompt", demo.password())));
        Views.initialFocus(password);
    }

    private VBox row(String remembered, int index) {
        String suffix = index == 0 ? "" : "-" + (index + 1);
        TextField address = new TextField(remembered);
        address.setId("address" + suffix);
        address.getStyleClass().add("mono");
        address.setMaxWidth(420);
        address.setAccessibleText(UiText.get(context.locale(), "home.row.address.accessible"));
        Button test = new Button(UiText.get(context.locale(), "home.row.test"));
        test.setId("testButton" + suffix);
        test.getStyleClass().add("accent");
        test.setAccessibleText(UiText.get(context.locale(), "home.row.test.accessible", remembered));
        test.disableProperty().bind(vm.canTest().not());
        test.setOnAction(e -> vm.testMyConnection(remembered, address.getText()));
        address.setOnAction(e -> test.fire());
        Button again = new Button(UiText.get(context.locale(), "home.row.setUpAgain"));
        again.setId("setUpAgain" + suffix);
        again.setAccessibleText(UiText.get(context.locale(), "home.row.setUpAgain.accessible", remembered));
        again.setOnAction(e -> vm.setUpAgain(remembered, address.getText()));
        HBox buttons = new HBox(8, test, again);
        VBox card = new VBox(6, address, buttons, needsPassword(test));
        card.getStyleClass().add("setting-card");
        return card;
    }

    /**
     * While no password is typed, "Test my connection" cannot be pressed: a line under it says why, and the
     * button's accessible help says the same (screen readers reach a disabled button without Tab).
     */
    private Label needsPassword(Button test) {
        String why = UiText.get(context.locale(), "home.row.test.needsPassword");
        Label reason = Views.label(why, "hint");
        reason.getStyleClass().add("needs-password");
        reason.setFocusTraversable(true);
        Views.showWhen(reason, vm.canTest().not());
        String pressIt = UiText.get(context.locale(), "shell.help.button");
        Runnable help = () -> test.setAccessibleHelp(vm.canTest().get() ? pressIt : why);
        help.run();
        Views.whileShowing(test, vm.canTest(), help);
        return reason;
    }
}
